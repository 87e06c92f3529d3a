import type { Core } from '@strapi/strapi';
import { createCalendarFallback } from '../report/calendar-fallback';
import { firstWorkingDay, type CalendarLike } from '../report/first-working-day';
import { previousMonth, shanghaiToday } from '../statistics/period';
import { getService } from '../utils/get-service';

export interface MonthlyReportSettings {
  enabled: boolean;
  /** E-mail addresses of the managers who receive the workbook. */
  recipients: string[];
}

interface OutboxService {
  enqueue(input: {
    key: string; to: string; subject: string; text: string;
    attachments?: Array<{ filename: string; contentType: string; content: string }>;
  }): Promise<{ queued: boolean }>;
  list(filter: { keyPrefix?: string }): Promise<Array<{ key: string }>>;
}

const SETTINGS = { type: 'plugin', name: 'exports', key: 'monthly-report' } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const REPORT_KEY_PREFIX = 'monthly-report:';

export type MonthlyReportResult = { queued: number; month: string } | { skipped: 'disabled' | 'not-yet' | 'already-queued'; month: string };

/**
 * 月度统计报表: on the first working day of a month (the deadlines plugin's working calendar),
 * last month's statistics workbook goes to the managers through the outbox. Every instance's
 * timer may fire; the outbox key `monthly-report:<YYYY-MM>:<address>` is UNIQUE, so each
 * manager gets the month's report once whatever the number of instances or passes. The file is
 * stored in the outbox row, so a retry after an SMTP failure sends the same figures.
 */
export const monthlyReport = ({ strapi }: { strapi: Core.Strapi }) => {
  const outbox = () => strapi.plugin('outbox').service('outbox') as OutboxService;
  const calendar = async (): Promise<CalendarLike> => {
    const deadlines = strapi.plugin('deadlines') as { service(name: string): { active(): Promise<CalendarLike> } } | undefined;
    return deadlines ? deadlines.service('calendar').active() : createCalendarFallback();
  };

  return {
    async settings(): Promise<MonthlyReportSettings> {
      const saved = (await strapi.store(SETTINGS).get({})) as Partial<MonthlyReportSettings> | null;
      return { enabled: Boolean(saved?.enabled), recipients: saved?.recipients ?? [] };
    },

    /** Returns the problems (zh-CN) instead of saving when the input is wrong. */
    async setSettings(value: unknown): Promise<{ problems: Array<{ path: string; message: string }> } | MonthlyReportSettings> {
      const input = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
      const recipients = Array.isArray(input.recipients) ? input.recipients.map((r) => String(r).trim()).filter(Boolean) : [];
      const problems: Array<{ path: string; message: string }> = [];
      if (typeof input.enabled !== 'boolean') problems.push({ path: 'enabled', message: '请选择是否启用' });
      const bad = recipients.filter((r) => !EMAIL.test(r));
      if (bad.length) problems.push({ path: 'recipients', message: `邮箱地址无效：${bad.join('、')}` });
      if (input.enabled === true && !recipients.length) problems.push({ path: 'recipients', message: '启用月报时至少需要一个收件人' });
      if (problems.length) return { problems };
      const settings = { enabled: input.enabled as boolean, recipients: [...new Set(recipients)] };
      await strapi.store(SETTINGS).set({ value: settings });
      return settings;
    },

    /** One timer pass: queues last month's report if today is on or after this month's first working day. */
    async runOnce({ now = new Date() }: { now?: Date } = {}): Promise<MonthlyReportResult> {
      const period = previousMonth(now);
      const month = period.from.slice(0, 7);
      const settings = await this.settings();
      if (!settings.enabled || !settings.recipients.length) return { skipped: 'disabled', month };
      const today = shanghaiToday(now);
      if (today < firstWorkingDay(await calendar(), today.slice(0, 7))) return { skipped: 'not-yet', month };
      const key = `${REPORT_KEY_PREFIX}${month}:`;
      const done = new Set((await outbox().list({ keyPrefix: key })).map((m) => m.key));
      const pending = settings.recipients.filter((to) => !done.has(`${key}${to}`));
      if (!pending.length) return { skipped: 'already-queued', month };
      const file = await getService(strapi, 'workbook').buffer({ period, now });
      const attachment = {
        filename: `统计报表-${month}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content: file.toString('base64'),
      };
      let queued = 0;
      for (const to of pending) {
        const result = await outbox().enqueue({
          key: `${key}${to}`, to,
          subject: `【月度统计】${month} 客服工作统计报表`,
          text: `附件为 ${period.from} 至 ${period.to} 的客服工作统计报表（完成率、未完成工单、投诉与报修统计、回访、钥匙与档案借阅）。\n\n此邮件由物业客服台自动发送。`,
          attachments: [attachment],
        });
        if (result.queued) queued += 1;
      }
      return { queued, month };
    },
  };
};
