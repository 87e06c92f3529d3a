import type { UnitSummary } from '../../components/unit-picker/unit-summary';

/** The caller part of the intake form. */
export interface CallerValues {
  residentPhone?: string;
  residentName?: string;
  unit?: string;
  address?: string;
}

/** A lookup starts once a number has this many digits (a local number has 7). */
export const MIN_PHONE_DIGITS = 7;

const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** The phone to look up, trimmed, or undefined while fewer than seven digits are typed. */
export const phoneToLookUp = (phone: unknown): string | undefined => {
  if (typeof phone !== 'string') return undefined;
  const digits = phone.match(/\d/g)?.length ?? 0;
  return digits >= MIN_PHONE_DIGITS ? phone.trim() : undefined;
};

/**
 * What a phone match fills in: only when exactly one unit has that owner phone, and never over
 * anything staff already typed (a unit or an address already says where the caller lives).
 */
export const fillFromPhoneMatch = ({
  values,
  units,
}: {
  values: CallerValues;
  units: readonly UnitSummary[];
}): CallerValues => {
  if (units.length !== 1) return {};
  const [unit] = units;
  const fill: CallerValues = {};
  if (isBlank(values.unit) && isBlank(values.address)) fill.unit = unit.id;
  if (isBlank(values.residentName) && unit.ownerName) fill.residentName = unit.ownerName;
  return fill;
};

/** Choosing a unit fills the owner's name and phone where they are still empty. */
export const fillFromUnit = ({ values, unit }: { values: CallerValues; unit: UnitSummary }): CallerValues => {
  const fill: CallerValues = {};
  if (isBlank(values.residentName) && unit.ownerName) fill.residentName = unit.ownerName;
  if (isBlank(values.residentPhone) && unit.ownerPhone) fill.residentPhone = unit.ownerPhone;
  return fill;
};
