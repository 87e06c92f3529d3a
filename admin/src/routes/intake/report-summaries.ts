import type { BaseRecord } from '@refinedev/core';
import type { Locale, RegisterDescription } from '@wuyedesk/contracts';
import { enumLabel } from '../../registers/format';

/** One earlier report of a caller, as the side panel lists it. */
export interface ReportSummary {
  register: RegisterDescription;
  id: string;
  number: string;
  receivedAt?: string;
  /** 投诉, 咨询… or 报修 */
  kind: string;
  status: string;
  excerpt: string;
}

export const EXCERPT_LENGTH = 40;

/** The start of a description on one line, cut at `max` characters (not UTF-16 units). */
export const excerptOf = (text: unknown, max = EXCERPT_LENGTH): string => {
  if (typeof text !== 'string') return '';
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
};

const REPORT_FIELDS = ['number', 'receivedAt', 'kind', 'status', 'description'];

/** The fields the lookup asks Strapi for: only those the register has (unknown ones are a 400). */
export const reportFieldsOf = (register: RegisterDescription): string[] =>
  REPORT_FIELDS.filter((name) => register.fields.some((f) => f.name === name));

const summarize = (register: RegisterDescription, record: BaseRecord, locale: Locale, repairLabel: string): ReportSummary => {
  const kindField = register.fields.find((f) => f.name === 'kind');
  return {
    register,
    id: String(record.id),
    number: String(record[register.titleField] ?? record.id),
    receivedAt: typeof record.receivedAt === 'string' ? record.receivedAt : undefined,
    kind: kindField && typeof record.kind === 'string' ? enumLabel(kindField, record.kind, locale) : repairLabel,
    status: String(record.status ?? ''),
    excerpt: excerptOf(record.description),
  };
};

/** Complaints and repair orders of one caller in one list, newest first. */
export const summarizeReports = ({
  sources,
  locale,
  repairLabel,
}: {
  sources: readonly { register: RegisterDescription; records: readonly BaseRecord[] }[];
  locale: Locale;
  repairLabel: string;
}): ReportSummary[] =>
  sources
    .flatMap(({ register, records }) => records.map((r) => summarize(register, r, locale, repairLabel)))
    .sort((a, b) => (b.receivedAt ?? '').localeCompare(a.receivedAt ?? ''));
