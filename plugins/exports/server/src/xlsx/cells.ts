import type { FieldDescription, Locale } from '@wuyedesk/contracts';

/** Excel has no time zones: a cell shows the wall-clock time it stores, so store Shanghai's. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export type CellValue = string | number | Date | null;

/** Text Excel would read as a formula (or DDE) if typed: = + - @, and tab / CR that some tools strip first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Formula injection (CSV/XLSX injection): a JavaScript string always becomes a string cell in exceljs
 * (never `{ formula }`, which only an object makes), so Excel does not evaluate it on opening. But a
 * user who edits such a cell and presses Enter makes Excel parse "=…" again; the writer therefore
 * gives these cells the Text number format '@' (see TEXT_FORMAT), under which Excel keeps typed
 * input as text. The data itself is unchanged (no apostrophe added).
 */
export const isFormulaLike = (text: string): boolean => FORMULA_START.test(text);
export const TEXT_FORMAT = '@';

const safeText = (text: string): CellValue => text;

/** A UTC instant as the Date exceljs should write so that Excel shows Shanghai wall-clock time. */
export const shanghaiWallClock = (value: Date | string | number): Date | null => {
  const at = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(at) ? new Date(at + SHANGHAI_OFFSET_MS) : null;
};

/** A calendar date (YYYY-MM-DD) has no time: midnight UTC shows as that day. */
const calendarDate = (value: string): Date | null => {
  const at = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(at) ? new Date(at) : null;
};

export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const DATE_FORMAT = 'yyyy-mm-dd';

/** What names a related record in a cell: its title field (number, name, code) or a user's full name. */
export type RelationTitle = (related: Record<string, unknown>) => string;

const YES: Record<Locale, [string, string]> = { 'zh-CN': ['是', '否'], en: ['Yes', 'No'] };

/** Turns one column's stored values into cell values; built once per column, called once per cell. */
export type CellConverter = (value: unknown) => CellValue;

/**
 * The converter of one column: the field type, enum labels and the relation title are resolved
 * once here, not for every cell. A datetime is converted once, from whatever the database gave
 * (epoch milliseconds on SQLite, a Date on PostgreSQL, an ISO string from the document service).
 */
export const cellConverter = ({ field, locale, titleOf }: { field: FieldDescription; locale: Locale; titleOf?: RelationTitle }): CellConverter => {
  const convert = ((): CellConverter => {
    switch (field.type) {
      case 'datetime':
        return (value) => shanghaiWallClock(value as string);
      case 'date':
        return (value) => calendarDate(String(value));
      case 'integer':
      case 'decimal':
      case 'money':
        return (value) => {
          const n = typeof value === 'number' ? value : Number(value);
          return Number.isFinite(n) ? n : safeText(String(value));
        };
      case 'boolean': {
        const [yes, no] = YES[locale];
        return (value) => (value === true || value === 1 || value === '1' || value === 'true' ? yes : no);
      }
      case 'enum': {
        const labels = new Map((field.options ?? []).map((o) => [o.value as unknown, o.label[locale]]));
        return (value) => safeText(labels.get(value) ?? String(value));
      }
      case 'relation':
        return (value) => {
          const items = Array.isArray(value) ? value : [value];
          const titles = items
            .filter((item): item is Record<string, unknown> => !!item && typeof item === 'object')
            .map((item) => (titleOf ? titleOf(item) : String(item.documentId ?? '')));
          return titles.length ? safeText(titles.join('、')) : null;
        };
      case 'media':
        return (value) => {
          const items = Array.isArray(value) ? value : [value];
          return safeText(items.map((item) => String((item as { name?: string })?.name ?? '')).join('、'));
        };
      case 'json':
        return (value) => safeText(JSON.stringify(value));
      default:
        return (value) => safeText(String(value));
    }
  })();
  return (value) => (value === null || value === undefined || value === '' ? null : convert(value));
};

/** One record field as an Excel cell value: real dates and numbers, labels for enums, titles for relations. */
export const cellValue = ({
  field,
  value,
  locale,
  titleOf,
}: {
  field: FieldDescription;
  value: unknown;
  locale: Locale;
  titleOf?: RelationTitle;
}): CellValue => cellConverter({ field, locale, titleOf })(value);

/** Column width in characters: CJK characters are about two Latin ones wide. */
export const displayWidth = (text: string): number => {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return width;
};

/** A width that fits the header and the typical value without letting long text run across the screen. */
export const columnWidth = (field: FieldDescription, header: string): number => {
  const typical: Partial<Record<FieldDescription['type'], number>> = {
    datetime: 17, date: 11, boolean: 6, integer: 10, decimal: 12, money: 12, phone: 14, enum: 10, text: 40, relation: 16,
  };
  const base = typical[field.type] ?? Math.min(field.maxLength ?? 20, 30);
  return Math.max(displayWidth(header) + 2, Math.min(base, 50));
};
