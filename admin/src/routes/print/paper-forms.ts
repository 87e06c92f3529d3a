import type { FieldDescription, RegisterDescription } from '@wuyedesk/contracts';
import { groupFields } from '../../registers/form-fields';

/** Which fields a paper form prints, in the order of the office's form. */
export interface PaperForm {
  /** Locale key of the form's title (《客户意见跟进记录表》…); the register's label otherwise. */
  titleKey?: string;
  intake: readonly string[];
  handling: readonly string[];
}

const PAPER_FORMS: Record<string, PaperForm> = {
  complaint: {
    titleKey: 'print.titles.complaint',
    intake: ['receivedAt', 'channel', 'residentName', 'residentPhone', 'unit', 'address', 'kind', 'category', 'complexity', 'dueAt', 'receivedBy', 'description'],
    handling: ['department', 'assignee', 'dispatchedAt', 'acceptedAt', 'resolvedAt', 'cause', 'agreedDueAt', 'customerNotifiedAt', 'resolution', 'lateReason'],
  },
  'repair-order': {
    titleKey: 'print.titles.repairOrder',
    intake: ['receivedAt', 'channel', 'residentName', 'residentPhone', 'unit', 'address', 'location', 'category', 'urgency', 'dueAt', 'receivedBy', 'description'],
    handling: ['department', 'assignee', 'dispatchedAt', 'acceptedAt', 'resolvedAt', 'technician', 'labourHours', 'fee', 'residentConfirmed', 'confirmedAt', 'materials', 'resolution'],
  },
};

/** Photos, files and JSON do not go on paper. */
const PRINTABLE = (f: FieldDescription) => f.type !== 'media' && f.type !== 'json';

/** Registers with an office paper form get a 打印 button on their record page. */
export const hasPaperForm = (register: RegisterDescription): boolean => register.key in PAPER_FORMS;

/** The paper form of a register; any other register prints its details and handling fields. */
export const paperFormOf = (register: RegisterDescription): PaperForm => {
  const known = PAPER_FORMS[register.key];
  if (known) return known;
  const groups = groupFields(register);
  return {
    intake: groups.details.filter(PRINTABLE).map((f) => f.name),
    handling: groups.handling.filter(PRINTABLE).map((f) => f.name),
  };
};

/** The path of a record's paper form (opened in a new tab). */
export const printPath = (pluralName: string, id: string | number): string =>
  `/print/${pluralName}/${encodeURIComponent(String(id))}`;

/** Long text takes a table row of its own; short fields go two to a row. */
export const isWide = (field: FieldDescription): boolean => field.type === 'text';

/** The rows of a bordered table: pairs of short fields, long text alone, in the given order. */
export const tableRows = (register: RegisterDescription, names: readonly string[]): FieldDescription[][] => {
  const fields = names
    .map((name) => register.fields.find((f) => f.name === name))
    .filter((f): f is FieldDescription => f !== undefined && PRINTABLE(f));
  const rows: FieldDescription[][] = [];
  let pending: FieldDescription | undefined;
  for (const field of fields) {
    if (isWide(field)) {
      if (pending) rows.push([pending]);
      pending = undefined;
      rows.push([field]);
    } else if (pending) {
      rows.push([pending, field]);
      pending = undefined;
    } else {
      pending = field;
    }
  }
  if (pending) rows.push([pending]);
  return rows;
};

/** The relations a paper form names, to populate when the record is fetched. */
export const printPopulate = (register: RegisterDescription, form: PaperForm): string[] =>
  [...form.intake, ...form.handling].filter((name) => register.fields.some((f) => f.name === name && f.type === 'relation'));
