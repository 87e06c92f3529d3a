import { ROLES, type Locale, type RegisterDescription } from '@wuyedesk/contracts';
import { templateFor, type MailLine } from './mail-templates';
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
  /** The register (its label, field types and choices) and the record the step is about. */
  register: Pick<RegisterDescription, 'key' | 'label' | 'fields'>;
  record: Record<string, unknown>;
  number: string;
  dueAt: Date;
  now: Date;
  link: string;
  locale?: Locale;
}

const ROLE_NAMES_EN: Record<string, string> = {
  supervisor: 'the customer-service supervisor',
  director: 'the service-centre director',
  'department-head': 'the department head',
  assignee: 'the assignee',
};

const CLOCK_NAMES_EN: Record<string, string> = {
  handling: 'handling deadline',
  feedback: '24-hour feedback deadline',
  'written-reply': 'written-reply deadline',
  'working-day-limit': '3-working-day limit',
  return: 'return date',
  'same-day-return': 'same-day return time',
  count: 'count deadline',
};

const lateness = (ms: number, locale: Locale) => {
  if (locale === 'zh-CN') return formatLateness(ms);
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const [days, hours, rest] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  return [days ? `${days} d` : '', hours ? `${hours} h` : '', rest || (!days && !hours) ? `${rest} min` : ''].filter(Boolean).join(' ');
};

const fill = (template: string, params: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One `{path}` of a mail line as people read it: a choice's label, a time on the Shanghai clock. */
const readable = (register: StepMailInput['register'], record: Record<string, unknown>, path: string, locale: Locale): string => {
  let value: unknown = record;
  for (const part of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  if (value === null || value === undefined || value === '') return '';
  const field = path.includes('.') ? undefined : register.fields.find((f) => f.name === path);
  if (field?.type === 'enum') return field.options?.find((o) => o.value === value)?.label[locale] ?? String(value);
  if (value instanceof Date || (typeof value === 'string' && ISO_TIME.test(value))) return formatShanghai(new Date(value as string));
  return typeof value === 'object' ? '' : String(value);
};

const renderLine = (line: MailLine, input: StepMailInput, locale: Locale): string => {
  const value = line.value
    .replace(/\{([\w.|]+)\}/g, (_, alternatives: string) =>
      alternatives.split('|').map((path) => readable(input.register, input.record, path, locale)).find(Boolean) ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return `${line.label[locale]}${locale === 'zh-CN' ? '：' : ': '}${value || line.empty?.[locale] || '—'}`;
};

/**
 * The mail of one fired step, from the catalogue template of the record's kind (mail-templates.ts):
 * what passed, the lines that name the record (a key, its place, the borrower, the approver…),
 * the due time, how late, where to look. zh-CN unless asked otherwise.
 */
export const stepMail = (input: StepMailInput): { subject: string; text: string } => {
  const { step, now, dueAt } = input;
  const locale = input.locale ?? 'zh-CN';
  const template = templateFor(input.register.key);
  const late = now.getTime() - dueAt.getTime();
  const zh = locale === 'zh-CN';
  const what = zh ? clockName(input.clock) : (CLOCK_NAMES_EN[input.clock] ?? input.clock);
  const whom = zh ? notifyName(step.notify) : (ROLE_NAMES_EN[step.notify] ?? notifyName(step.notify));
  const registerLabel = input.register.label[locale];
  const subject = zh
    ? step.kind === 'warning'
      ? `【即将到期】${registerLabel} ${input.number} ${what}将于 ${formatShanghai(dueAt)} 到期`
      : `【${step.repeat ? `再次催告·第${step.repeat + 1}次` : '超时升级'}·第${step.level}级】${registerLabel} ${input.number} ${what}已超时${formatLateness(late)}`
    : step.kind === 'warning'
      ? `[Due soon] ${registerLabel} ${input.number}: ${what} at ${formatShanghai(dueAt)}`
      : `[${step.repeat ? `Reminder ${step.repeat + 1}` : 'Escalated'} · level ${step.level}] ${registerLabel} ${input.number}: ${what} passed ${lateness(late, locale)} ago`;
  const colon = zh ? '：' : ': ';
  const text = [
    fill((step.kind === 'warning' ? template.intro.warning : template.intro.escalation)[locale], { clock: what, notify: whom }),
    '',
    `${zh ? '编号' : 'Number'}${colon}${input.number}`,
    ...template.lines.map((line) => renderLine(line, input, locale)),
    `${template.dueLabel[locale]}${colon}${formatShanghai(dueAt)}`,
    step.kind === 'warning'
      ? `${zh ? '剩余' : 'Left'}${colon}${lateness(-late, locale)}`
      : `${zh ? '已超时' : 'Late by'}${colon}${lateness(late, locale)}`,
    '',
    `${zh ? '查看记录' : 'Open the record'}${colon}${input.link}`,
    '',
    zh ? '—— 物业客服台 WuyeDesk（系统邮件，请勿直接回复）' : '— WuyeDesk (system mail, do not reply)',
  ].join('\n');
  return { subject, text };
};
