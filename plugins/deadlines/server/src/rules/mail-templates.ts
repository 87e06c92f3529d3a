import type { Label } from '@wuyedesk/contracts';

/**
 * One line of a mail: a label and a value written with `{path}` placeholders into the record
 * (`{key.code}`, `{approver.fullName|approver.username}`: the first that has a value). Times are
 * shown on the Shanghai clock, choices by their label. `empty` stands in when nothing has a value.
 */
export interface MailLine {
  label: Label;
  value: string;
  empty?: Label;
}

/** The mail of a deadline step for one kind of record: what it names, in both languages. */
export interface StepMailTemplate {
  /** Registers that use it; the catalogue's `record` template serves every other one. */
  registers: string[];
  /** The first line; `{clock}` is the deadline's name, `{notify}` whom an escalation goes to. */
  intro: { warning: Label; escalation: Label };
  lines: MailLine[];
  /** What the due time is called on this kind of record (应还时间 for a key). */
  dueLabel: Label;
  /** Relations the lines read (the scheduler populates them). */
  populate: Record<string, unknown>;
}

const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });
const NAME_OF_USER = { fields: ['username', 'fullName'] };

/**
 * The catalogue of deadline mails, keyed by code. A key overdue names the key, its place, the
 * borrower, the approver and when it was due — not a resident and a department it does not have.
 */
export const STEP_MAIL_TEMPLATES = {
  /** Resident reports (complaints, repairs) and form types. */
  record: {
    registers: [],
    intro: {
      warning: l('以下记录的{clock}即将到期，请尽快处理：', 'The {clock} of this record is about to pass; please handle it:'),
      escalation: l('以下记录已超过{clock}，现升级至{notify}，请督促处理：', 'This record is past its {clock} and is escalated to {notify}; please follow it up:'),
    },
    lines: [
      { label: l('住户', 'Resident'), value: '{residentName}', empty: l('—', '—') },
      { label: l('责任部门', 'Department'), value: '{department.name}', empty: l('未派单', 'not dispatched') },
    ],
    dueLabel: l('时限', 'Due at'),
    populate: { department: true, assignee: true },
  },
  /** 钥匙当日归还 (DOMAIN §4): the key is still out after the closing time. */
  keyLoan: {
    registers: ['key-loan'],
    intro: {
      warning: l('以下钥匙的{clock}即将到期，请提醒借用人归还：', 'The {clock} of this key is about to pass; remind the borrower:'),
      escalation: l('以下钥匙已超过{clock}仍未归还，现升级至{notify}，请督促归还：', 'This key is past its {clock} and not back; escalated to {notify}, please get it returned:'),
    },
    lines: [
      { label: l('钥匙', 'Key'), value: '{key.code} {key.name}' },
      { label: l('存放位置', 'Place'), value: '{key.cabinetSlot}', empty: l('—', '—') },
      { label: l('所属房屋', 'Unit'), value: '{key.unit.code}', empty: l('—', '—') },
      { label: l('借用人', 'Borrower'), value: '{borrower} {borrowerOrganisation} {borrowerPhone}' },
      { label: l('借用事由', 'Purpose'), value: '{purpose}' },
      { label: l('审批人', 'Approved by'), value: '{approver.fullName|approver.username}', empty: l('—', '—') },
      { label: l('借出时间', 'Borrowed at'), value: '{borrowedAt}' },
    ],
    dueLabel: l('应还时间', 'Due back at'),
    populate: { key: { populate: { unit: { fields: ['code'] } } }, approver: NAME_OF_USER, department: true },
  },
  /** 档案按期催还 (DOMAIN §5). */
  archiveLoan: {
    registers: ['archive-loan'],
    intro: {
      warning: l('以下档案的{clock}即将到期：', 'The {clock} of this archive is about to pass:'),
      escalation: l('以下档案已超过{clock}仍未归还，现通知{notify}，请按期归还：', 'This archive is past its {clock} and not back; {notify} is notified, please return it:'),
    },
    lines: [
      { label: l('档案', 'Archive'), value: '{archive.code} {archive.title}' },
      { label: l('存放位置', 'Place'), value: '{archive.location}', empty: l('—', '—') },
      { label: l('申请人', 'Requester'), value: '{requester} {organisation}' },
      { label: l('审批人', 'Approved by'), value: '{approver.fullName|approver.username}', empty: l('—', '—') },
      { label: l('借出时间', 'Lent at'), value: '{lentAt}', empty: l('—', '—') },
    ],
    dueLabel: l('应还时间', 'Due back at'),
    populate: { archive: { fields: ['code', 'title', 'location'] }, approver: NAME_OF_USER },
  },
  /** 钥匙盘点 / 档案清点 not finished within their period. */
  count: {
    registers: ['key-count', 'archive-check'],
    intro: {
      warning: l('以下盘点的{clock}即将到期：', 'The {clock} of this count is about to pass:'),
      escalation: l('以下盘点已超过{clock}仍未完成，现通知{notify}：', 'This count is past its {clock} and not done; {notify} is notified:'),
    },
    lines: [
      { label: l('盘点类型', 'Kind'), value: '{kind}' },
      { label: l('盘点周期', 'Period'), value: '{period}', empty: l('—', '—') },
    ],
    dueLabel: l('应完成时间', 'Due by'),
    populate: {},
  },
} satisfies Record<string, StepMailTemplate>;

export type StepMailCode = keyof typeof STEP_MAIL_TEMPLATES;

/** The template of a register's deadline mail: the one naming it, else the resident-report one. */
export const templateFor = (register: string): StepMailTemplate =>
  Object.values(STEP_MAIL_TEMPLATES).find((t) => (t.registers as string[]).includes(register)) ?? STEP_MAIL_TEMPLATES.record;
