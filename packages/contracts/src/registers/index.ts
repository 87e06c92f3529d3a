import type { RegisterDescription } from '../types';
import { archiveRegister } from './archive';
import { ARCHIVE_CHECK_SUBJECT, archiveCheckRegister } from './archive-check';
import type { CountSubject } from './count';
import { archiveLoanRegister } from './archive-loan';
import { complaintRegister } from './complaint';
import { departmentRegister } from './department';
import { keyRegister } from './key';
import { KEY_COUNT_SUBJECT, keyCountRegister } from './key-count';
import { keyLoanRegister } from './key-loan';
import { repairOrderRegister } from './repair-order';
import { unitRegister } from './unit';

export * from './archive';
export * from './archive-check';
export * from './count';
export * from './archive-loan';
export * from './complaint';
export * from './department';
export * from './intake';
export * from './key';
export * from './key-count';
export * from './key-loan';
export * from './key-loan-approval';
export * from './repair-order';
export * from './unit';

/** Every built-in register. Form types added by administrators join them at run time. */
export const BUILT_IN_REGISTERS: readonly RegisterDescription[] = [
  departmentRegister,
  unitRegister,
  keyRegister,
  archiveRegister,
  complaintRegister,
  repairOrderRegister,
  keyLoanRegister,
  keyCountRegister,
  archiveLoanRegister,
  archiveCheckRegister,
];

export const findBuiltInRegister = (keyOrUid: string): RegisterDescription | undefined =>
  BUILT_IN_REGISTERS.find((r) => r.key === keyOrUid || r.uid === keyOrUid || r.pluralName === keyOrUid);

/** Every cabinet count (钥匙盘点, 档案清点): what it counts and its kinds. */
export const COUNT_SUBJECTS: readonly CountSubject[] = [KEY_COUNT_SUBJECT, ARCHIVE_CHECK_SUBJECT];
