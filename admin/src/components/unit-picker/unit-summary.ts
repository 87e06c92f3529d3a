import type { BaseRecord } from '@refinedev/core';

/** What the desk needs of a unit (房屋): its code and its owner, to fill the caller in. */
export interface UnitSummary {
  id: string;
  code: string;
  ownerName?: string;
  ownerPhone?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** A unit record from the API (ids already mapped to documentId) → its summary. */
export const toUnitSummary = (record: BaseRecord): UnitSummary | undefined => {
  const code = text(record.code);
  if (record.id === undefined || !code) return undefined;
  return { id: String(record.id), code, ownerName: text(record.ownerName), ownerPhone: text(record.ownerPhone) };
};

/** `3-1-501 · 任鹏 · 19030499332`: what staff search by, on one line. */
export const unitLabel = (unit: UnitSummary): string =>
  [unit.code, unit.ownerName, unit.ownerPhone].filter(Boolean).join(' · ');

/** The fields of a unit the pickers fetch. */
export const UNIT_SUMMARY_FIELDS = ['code', 'ownerName', 'ownerPhone'];
