import type { Core, UID } from '@strapi/strapi';
import { CALLBACK_UID, conditionHolds, type CallbackFigureRow, type FigureGranularity } from '@wuyedesk/contracts';
import { getService as getRecordsService } from '@wuyedesk/plugin-records';
import { callbackFigures, type CallbackTaskFacts, type TriggeredRecord } from '../engine/figures';
import { chooseRule } from '../engine/rules';
import { getService } from '../utils/get-service';

type Raw = Record<string, unknown>;

const dateOf = (value: unknown): Date | null => (value ? new Date(String(value)) : null);
const departmentName = (row: Raw): string | null => (row.department as { name?: string } | null)?.name ?? null;

/**
 * 回访率 against target and satisfaction (docs/statistics.md §6.1), for the statistics export:
 * `strapi.plugin('callbacks').service('figures').rows({ from, to, granularity })`.
 * A record counts when its rule's trigger happened in [from, to); its callback counts in the same period.
 */
export const figures = ({ strapi }: { strapi: Core.Strapi }) => ({
  async rows({
    from,
    to,
    granularity,
  }: {
    from: Date;
    to: Date;
    granularity: FigureGranularity;
  }): Promise<CallbackFigureRow[]> {
    const rules = (await getService(strapi, 'rules').list()).filter((r) => r.active);
    const triggered: TriggeredRecord[] = [];
    for (const key of [...new Set(rules.map((r) => r.register))]) {
      const register = await getRecordsService(strapi, 'registry').find(key);
      const mine = rules.filter((r) => r.register === key);
      for (const trigger of [...new Set(mine.map((r) => r.trigger))]) {
        const stamp = register?.workflow?.actions.find((a) => a.name === trigger)?.stampAt;
        if (!register || !stamp) continue;
        const rows = (await strapi.db.query(register.uid as UID.Schema).findMany({
          where: { [stamp]: { $gte: from, $lt: to } },
          populate: register.fields.some((f) => f.name === 'department')
            ? { department: { select: ['name', 'documentId'] } }
            : undefined,
        })) as Raw[];
        for (const row of rows) {
          const rule = chooseRule({ rules: mine, register: key, action: trigger, record: row, holds: conditionHolds });
          const at = dateOf(row[stamp]);
          if (rule && at) triggered.push({ register: key, department: departmentName(row), at, rate: rule.rate });
        }
      }
    }
    const taskRows = (await strapi.db.query(CALLBACK_UID as UID.Schema).findMany({
      where: { triggeredAt: { $gte: from, $lt: to } },
      populate: { department: { select: ['name'] } },
    })) as Raw[];
    const tasks: CallbackTaskFacts[] = taskRows.map((row) => ({
      register: String(row.sourceRegister),
      department: departmentName(row),
      triggeredAt: new Date(String(row.triggeredAt)),
      status: String(row.status),
      doneAt: dateOf(row.doneAt),
      dueAt: dateOf(row.dueAt),
      satisfaction: (row.satisfaction as string | null) ?? null,
      score: row.score == null ? null : Number(row.score),
    }));
    return callbackFigures({ triggered, tasks, granularity });
  },
});
