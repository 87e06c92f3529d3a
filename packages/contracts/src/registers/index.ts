import type { RegisterDescription } from '../types';
import { archiveRegister } from './archive';
import { archiveDestructionRegister } from './archive-destruction';
import { ARCHIVE_CHECK_SUBJECT, archiveCheckRegister } from './archive-check';
import type { CountSubject } from './count';
import { archiveLoanRegister } from './archive-loan';
import { callbackRegister } from './callback';
import { complaintRegister } from './complaint';
import { departmentRegister } from './department';
import { keyRegister } from './key';
import { KEY_COUNT_SUBJECT, keyCountRegister } from './key-count';
import { keyLoanRegister } from './key-loan';
import { auditLogRegister } from './record-step';
import { repairOrderRegister } from './repair-order';
import { unitRegister } from './unit';

export * from './archive';
export * from './archive-destruction';
export * from './archive-check';
export * from './count';
export * from './archive-loan';
export * from './callback';
export * from './capability-defaults';
export * from './complaint';
export * from './deadline-actions';
export * from './department';
export * from './intake';
export * from './key';
export * from './key-count';
export * from './key-loan';
export * from './record-step';
export * from './key-loan-approval';
export * from './repair-order';
export * from './unit';

const DOMAIN_REGISTERS: readonly RegisterDescription[] = [
  departmentRegister,
  unitRegister,
  keyRegister,
  archiveRegister,
  complaintRegister,
  repairOrderRegister,
  keyLoanRegister,
  keyCountRegister,
  archiveLoanRegister,
  callbackRegister,
  archiveDestructionRegister,
  archiveCheckRegister,
];

/** 审计日志: the history of every register above, read-only. */
export const recordStepRegister = auditLogRegister(DOMAIN_REGISTERS);

/** Every built-in register. Form types added by administrators join them at run time. */
export const BUILT_IN_REGISTERS: readonly RegisterDescription[] = [...DOMAIN_REGISTERS, recordStepRegister];

export const findBuiltInRegister = (keyOrUid: string): RegisterDescription | undefined =>
  BUILT_IN_REGISTERS.find((r) => r.key === keyOrUid || r.uid === keyOrUid || r.pluralName === keyOrUid);

/** Every cabinet count (钥匙盘点, 档案清点): what it counts and its kinds. */
export const COUNT_SUBJECTS: readonly CountSubject[] = [KEY_COUNT_SUBJECT, ARCHIVE_CHECK_SUBJECT];
