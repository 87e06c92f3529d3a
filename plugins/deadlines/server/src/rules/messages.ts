import { ROLES } from '@wuyedesk/contracts';
import type { PlannedStep } from './types';

/** Every person of a role by the role's name; the record's own targets by what they are to it. */
const ROLE_NAMES: Record<string, string> = {
  ...Object.fromEntries(ROLES.map((r) => [r.key, r.label['zh-CN']])),
  'department-head': '责任部门负责人',
  assignee: '处理人',
};

/** Who a `field:<name>` target is, in words (the record's own contact). */
const FIELD_TARGET_NAMES: Record<string, string> = {
  requesterEmail: '申请人',
};

/** '客服主管' for a role, '申请人' for a record's contact field, the address itself for an email. */
export const notifyName = (notify: string): string =>
  ROLE_NAMES[notify] ??
  (notify.startsWith('field:') ? (FIELD_TARGET_NAMES[notify.slice('field:'.length)] ?? '记录中的联系人') : notify);

const CLOCK_NAMES: Record<string, string> = {
  handling: '处理时限',
  feedback: '24小时反馈时限',
  'written-reply': '书面答复时限',
  'working-day-limit': '3个工作日处理上限',
  return: '档案归还期限',
  'same-day-return': '钥匙当日归还时限',
  count: '盘点完成时限',
};

export const clockName = (clock: string): string => CLOCK_NAMES[clock] ?? clock;

/** '1小时5分钟' — how late, as staff say it. */
export const formatLateness = (ms: number): string => {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days ? `${days}天` : '', hours ? `${hours}小时` : '', rest || (!days && !hours) ? `${rest}分钟` : ''];
  return parts.join('');
};

/** '2026-11-24 10:30' on the Shanghai clock. */
export const formatShanghai = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The line on the record's history, e.g. “处理时限超时升级至客服主管”. */
export const historyNote = ({ clock, step }: { clock: string; step: PlannedStep }): string =>
  step.kind === 'warning'
    ? `${clockName(clock)}即将到期，已提醒${notifyName(step.notify)}`
    : `${clockName(clock)}超时升级至${notifyName(step.notify)}（第${step.level}级${step.repeat ? `，第${step.repeat + 1}次催告` : ''}）`;

export interface StepMailInput {
  clock: string;
  step: PlannedStep;
  registerLabel: string;
  number: string;
  residentName: string;
  departmentName: string | null;
  dueAt: Date;
  now: Date;
  link: string;
}

/** The zh-CN mail of one fired step: what, whose, which department, how late, where to look. */
export const stepMail = (input: StepMailInput): { subject: string; text: string } => {
  const { step, now, dueAt } = input;
  const late = now.getTime() - dueAt.getTime();
  const what = clockName(input.clock);
  const subject =
    step.kind === 'warning'
      ? `【即将到期】${input.registerLabel} ${input.number} ${what}将于 ${formatShanghai(dueAt)} 到期`
      : `【${step.repeat ? `再次催告·第${step.repeat + 1}次` : '超时升级'}·第${step.level}级】${input.registerLabel} ${input.number} ${what}已超时${formatLateness(late)}`;
  const text = [
    step.kind === 'warning' ? `以下记录的${what}即将到期，请尽快处理：` : `以下记录已超过${what}，现升级至${notifyName(step.notify)}，请督促处理：`,
    '',
    `编号：${input.number}`,
    `住户：${input.residentName || '—'}`,
    `责任部门：${input.departmentName ?? '未派单'}`,
    `时限：${formatShanghai(dueAt)}`,
    step.kind === 'warning' ? `剩余：${formatLateness(-late)}` : `已超时：${formatLateness(late)}`,
    '',
    `查看记录：${input.link}`,
    '',
    '—— 物业客服台 WuyeDesk（系统邮件，请勿直接回复）',
  ].join('\n');
  return { subject, text };
};
