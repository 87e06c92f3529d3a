import type { FieldDescription, Locale, RegisterDescription } from '@wuyedesk/contracts';
import { enumLabel, formatMoney, isBlankValue } from '../../registers/format';
import { relationTarget, relationTitle } from '../../registers/relation-target';
import { formatDate, formatDateTime } from '../../registers/time';

/** Beyond this a long text is cut, so the form stays on one A4 page. */
export const MAX_PRINTED_CHARS = 300;

export interface PrintedText {
  text: string;
  isClamped: boolean;
}

/** Cuts text at `max` characters (not UTF-16 units). */
export const clampText = (text: string, max = MAX_PRINTED_CHARS): PrintedText => {
  const chars = [...text];
  return chars.length > max ? { text: `${chars.slice(0, max).join('')}…`, isClamped: true } : { text, isClamped: false };
};

/**
 * A value as it is written on the paper form: labels for codes, office time, names for links.
 * A blank stays blank, so it can be filled in by hand.
 */
export const printedValue = ({
  register,
  field,
  value,
  locale,
  registers,
  words,
}: {
  register: RegisterDescription;
  field: FieldDescription;
  value: unknown;
  locale: Locale;
  registers: readonly RegisterDescription[];
  /** UI words: 是 / 否 and the list separator (、). */
  words: { yes: string; no: string; separator: string };
}): PrintedText => {
  const plain = (text: string): PrintedText => ({ text, isClamped: false });
  if (isBlankValue(value)) return plain('');
  if (field.name === register.workflow?.field) {
    return plain(register.workflow.states.find((s) => s.value === value)?.label[locale] ?? String(value));
  }
  switch (field.type) {
    case 'enum':
      return plain(enumLabel(field, String(value), locale));
    case 'datetime':
      return plain(formatDateTime(String(value)));
    case 'date':
      return plain(formatDate(String(value)));
    case 'boolean':
      return plain(value ? words.yes : words.no);
    case 'money':
      return plain(typeof value === 'number' ? formatMoney(value, locale) : String(value));
    case 'relation': {
      const target = relationTarget(field, registers);
      const items = Array.isArray(value) ? value : [value];
      return plain(items.map((item) => relationTitle(target, item) ?? '').filter(Boolean).join(words.separator));
    }
    case 'text':
      return clampText(String(value));
    default:
      return plain(String(value));
  }
};
