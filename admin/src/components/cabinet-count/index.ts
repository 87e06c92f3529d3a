import { COUNT_SUBJECTS, type CountSubject, type RegisterDescription } from '@wuyedesk/contracts';

export { CountModal } from './count-modal';
export { CountResult } from './count-result';

/** What a count register counts (keys, archives), or undefined for any other register. */
export const countSubjectOf = (register: RegisterDescription): CountSubject | undefined =>
  COUNT_SUBJECTS.find((s) => s.register === register.key);
