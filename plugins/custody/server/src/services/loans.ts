import type { Core, UID } from '@strapi/strapi';
import { KEY_LOAN_PURPOSE_OPTIONS, KEY_LOAN_UID, KEY_UID, approvalProblem, isRoleKey, keyLoanRegister } from '@wuyedesk/contracts';
import { errors } from '@strapi/utils';
import { ConflictError, getService as getRecordsService, type RecordEvent } from '@wuyedesk/plugin-records';
import { formatShanghai } from './notify';
import { getService } from '../utils/get-service';

interface KeyRow {
  id: number;
  documentId: string;
  code: string;
  name: string;
  cabinetSlot?: string | null;
  state: string;
}

interface LoanRow {
  id: number;
  documentId: string;
  number: string;
  borrower: string;
  borrowedAt: string | null;
  purpose: string;
  lostAt?: string | null;
  lossNote?: string | null;
  key: KeyRow | null;
  department: { name: string; email: string | null } | null;
  handler: { username: string; fullName?: string | null } | null;
  approver: {
    username: string;
    fullName?: string | null;
    role?: { type?: string } | null;
    department?: { code?: string | null } | null;
  } | null;
}

/** A 400 on one form field, with a code of the ledger's own (the shared codes are about input shape). */
const fieldError = (field: string, code: string, message: string) =>
  new errors.ValidationError(message, { code, errors: [{ path: [field], message, name: 'ValidationError', code }] });

const keyLabel = (key: KeyRow) => `${key.code} ${key.name}`;
const personName = (user: { username: string; fullName?: string | null } | null) => user?.fullName || user?.username || '—';

/**
 * The key ledger's rules, enforced inside the records transaction (a records event listener):
 * the approver must hold the approval the purpose needs, a key is out at most once — claimed
 * with a conditional update of the key row, so of many concurrent loans exactly one commits —
 * a return puts it back in the cabinet, and a loss marks it lost and mails the department head.
 */
export const loans = ({ strapi }: { strapi: Core.Strapi }) => {
  const loadLoan = async (id: number) =>
    (await strapi.db.query(KEY_LOAN_UID as UID.Schema).findOne({
      where: { id },
      populate: {
        key: true,
        department: true,
        handler: { select: ['username', 'fullName'] },
        approver: { select: ['username', 'fullName'], populate: { role: { select: ['type'] }, department: { select: ['code'] } } },
      },
    })) as LoanRow;

  /** 审批: the holders of the purpose's approval capability (repair: engineering head or director; other: property manager). */
  const checkApproval = (loan: LoanRow) => {
    if (!loan.approver) return; // required: the shared validation already refused a loan without one
    const role = loan.approver.role?.type;
    const purposeLabel = KEY_LOAN_PURPOSE_OPTIONS.find((o) => o.value === loan.purpose)?.label['zh-CN'] ?? loan.purpose;
    const problem = approvalProblem({
      purpose: loan.purpose,
      purposeLabel,
      approver: { name: personName(loan.approver), role: isRoleKey(role) ? role : null, departmentCode: loan.approver.department?.code ?? null },
      grants: getRecordsService(strapi, 'capabilities').current(),
    });
    if (problem) throw fieldError('approver', 'APPROVER_NOT_ALLOWED', problem);
  };

  /** Takes the key out of the cabinet, or says who has it. */
  const claimKey = async (loan: LoanRow) => {
    const key = loan.key;
    if (!key) return;
    const claimed = await strapi.db.query(KEY_UID as UID.Schema).updateMany({
      where: { id: key.id, state: 'in_cabinet' },
      data: { state: 'lent' },
    });
    if (claimed.count === 1) return;
    const now = (await strapi.db.query(KEY_UID as UID.Schema).findOne({ where: { id: key.id } })) as KeyRow;
    if (now.state !== 'lent') {
      const state = now.state === 'lost' ? '已登记遗失' : '已停用';
      throw fieldError('key', 'KEY_NOT_AVAILABLE', `钥匙“${keyLabel(now)}”${state}，不能借出`);
    }
    const current = (await strapi.db.query(KEY_LOAN_UID as UID.Schema).findOne({
      where: { key: { id: key.id }, status: 'lent', id: { $ne: loan.id } },
      orderBy: { id: 'desc' },
    })) as LoanRow | null;
    const who = current ? `（借用单 ${current.number}，借用人 ${current.borrower}，借出时间 ${formatShanghai(current.borrowedAt)}）` : '';
    throw new ConflictError(`钥匙“${keyLabel(now)}”已借出尚未归还${who}，同一把钥匙不能同时借出两次`, {
      code: 'KEY_ALREADY_LENT',
      key: now.documentId,
      loan: current?.documentId ?? null,
      errors: [{ path: ['key'], message: `钥匙“${keyLabel(now)}”已借出尚未归还${who}`, name: 'ConflictError', code: 'KEY_ALREADY_LENT' }],
    });
  };

  const setKeyState = (key: KeyRow | null, from: string, to: string) =>
    key ? strapi.db.query(KEY_UID as UID.Schema).updateMany({ where: { id: key.id, state: from }, data: { state: to } }) : null;

  /** 钥匙遗失: reported at once to the borrowing department's head and the supervisor. */
  const reportLoss = async (loan: LoanRow) => {
    const mail = getService(strapi, 'notify');
    const key = loan.key;
    const lines = [
      `钥匙：${key ? keyLabel(key) : '—'}${key?.cabinetSlot ? `（柜位 ${key.cabinetSlot}）` : ''}`,
      `借用单：${loan.number}`,
      `借用人：${loan.borrower}${loan.department ? `（${loan.department.name}）` : ''}`,
      `借出时间：${formatShanghai(loan.borrowedAt)}`,
      `经办人：${personName(loan.handler)}`,
      `报告遗失时间：${formatShanghai(loan.lostAt)}`,
      `遗失情况：${loan.lossNote ?? ''}`,
      '',
      '请立即组织调查，并评估是否需要换锁。',
      `查看记录：${mail.link(keyLoanRegister.pluralName, loan.documentId)}`,
    ];
    await mail.send({
      key: `key-lost:${loan.documentId}`,
      to: [loan.department?.email, ...(await mail.holderAddresses('keys.alerts'))],
      subject: `【钥匙遗失】${key ? keyLabel(key) : loan.number}（借用单 ${loan.number}）`,
      text: lines.join('\n'),
      urgent: true,
    });
  };

  return {
    async onEvent(event: RecordEvent) {
      if (event.register.key !== keyLoanRegister.key) return;
      if (event.type === 'created') {
        const loan = await loadLoan(event.record.id);
        checkApproval(loan);
        await claimKey(loan);
        return;
      }
      if (event.type === 'updated') {
        if (event.changed.includes('key')) {
          throw fieldError('key', 'KEY_FIXED', '借用登记后不能更换钥匙，请归还后重新登记');
        }
        if (event.changed.includes('approver') || event.changed.includes('purpose')) checkApproval(await loadLoan(event.record.id));
        return;
      }
      if (event.to === 'returned') {
        await setKeyState((await loadLoan(event.record.id)).key, 'lent', 'in_cabinet');
      } else if (event.to === 'lost') {
        const loan = await loadLoan(event.record.id);
        await setKeyState(loan.key, 'lent', 'lost');
        await reportLoss(loan);
      }
    },
  };
};
