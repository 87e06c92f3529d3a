import { validateInput, type FieldError, type Locale, type RegisterDescription } from '@wuyedesk/contracts';
import { fieldsByName } from '../../registers/form-fields';
import { toApiValues } from '../../registers/form-values';

/** Beside the complaint kinds (投诉, 咨询…) the desk may choose 报修: a repair order instead. */
export const REPAIR_TYPE = 'repair';

export type IntakeTarget = 'complaint' | 'repair-order';

export const intakeTargetOf = (type: unknown): IntakeTarget => (type === REPAIR_TYPE ? 'repair-order' : 'complaint');

/** The fields the intake screen sends, per register (a complaint's `kind` comes from `type`). */
export const INTAKE_FIELDS: Record<IntakeTarget, readonly string[]> = {
  complaint: ['residentPhone', 'residentName', 'channel', 'unit', 'address', 'kind', 'category', 'complexity', 'description'],
  'repair-order': ['residentPhone', 'residentName', 'channel', 'unit', 'address', 'location', 'category', 'urgency', 'description'],
};

export type IntakeValues = Record<string, unknown> & {
  type?: string;
  /** 登记后立即派单 */
  dispatch?: boolean;
  department?: string;
};

export interface IntakeSubmission {
  target: IntakeTarget;
  data: Record<string, unknown>;
  /** The department (documentId) to dispatch to right after the record is created. */
  dispatchTo?: string;
}

export interface FieldMessages {
  name: string;
  errors: string[];
}

/** The form calls the complaint's kind `type`, because 报修 is one of its choices too. */
const formFieldOf = (name: string) => (name === 'kind' ? 'type' : name);

/** Top to bottom on the screen, so the first problem listed is the first one staff see. */
const FORM_ORDER = ['residentPhone', 'residentName', 'channel', 'unit', 'address', 'type', 'location', 'category', 'complexity', 'urgency', 'description', 'department'];
const formRank = (name: string) => (FORM_ORDER.includes(name) ? FORM_ORDER.indexOf(name) : FORM_ORDER.length);

const groupByField = (errors: readonly FieldError[]): FieldMessages[] => {
  const byName = new Map<string, string[]>();
  for (const error of errors) {
    const name = formFieldOf(error.path[0]);
    byName.set(name, [...(byName.get(name) ?? []), error.message]);
  }
  return [...byName]
    .map(([name, messages]) => ({ name, errors: messages }))
    .sort((a, b) => formRank(a.name) - formRank(b.name));
};

/**
 * The request body of an intake and whether to dispatch it, checked with contracts'
 * validateInput exactly as the server will check it (create mode, plus the dispatch step's
 * required department). Problems come back per form field; nothing is sent when there are any.
 */
export const prepareIntake = ({
  register,
  values,
  locale,
}: {
  /** The register `intakeTargetOf(values.type)` names. */
  register: RegisterDescription;
  values: IntakeValues;
  locale: Locale;
}): { submission?: IntakeSubmission; errors: FieldMessages[] } => {
  const target = intakeTargetOf(values.type);
  const source = target === 'complaint' ? { ...values, kind: values.type } : values;
  const { data } = toApiValues(fieldsByName(register, INTAKE_FIELDS[target]), source, 'create');
  const errors = validateInput({ register, data, mode: 'create', locale });
  const dispatch = register.workflow?.actions.find((a) => a.name === 'dispatch');
  const dispatchTo = values.dispatch && typeof values.department === 'string' ? values.department : undefined;
  if (values.dispatch && dispatch) {
    errors.push(...validateInput({ register, data: { department: dispatchTo ?? null }, mode: 'action', action: dispatch, locale }));
  }
  if (errors.length > 0) return { errors: groupByField(errors) };
  return { submission: { target, data, ...(dispatchTo ? { dispatchTo } : {}) }, errors: [] };
};
