import { defaultValues, type RegisterDescription } from '@wuyedesk/contracts';
import { INTAKE_FIELDS, REPAIR_TYPE, type IntakeTarget, type IntakeValues } from './intake-payload';

const pick = (values: Record<string, unknown>, names: readonly string[]) =>
  Object.fromEntries(Object.entries(values).filter(([name]) => names.includes(name)));

/**
 * A fresh intake: the descriptions' defaults (来电, 一般) for both registers, and the complaint
 * kind's default as the type — or 报修 when this user records repairs only.
 */
export const initialIntakeValues = (registers: Record<IntakeTarget, RegisterDescription | undefined>): IntakeValues => {
  const complaint = registers.complaint ? defaultValues(registers.complaint) : {};
  const repair = registers['repair-order'] ? defaultValues(registers['repair-order']) : {};
  const kind = typeof complaint.kind === 'string' ? complaint.kind : undefined;
  return {
    ...pick(repair, INTAKE_FIELDS['repair-order']),
    ...pick(complaint, INTAKE_FIELDS.complaint.filter((name) => name !== 'kind')),
    type: registers.complaint ? kind : REPAIR_TYPE,
    dispatch: false,
  };
};
