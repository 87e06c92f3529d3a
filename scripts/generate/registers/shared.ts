import { mobile, personName } from '../../../cms/src/seed/random';
import { COMMON_PLACES } from '../texts';
import type { DepartmentRef, Random, Reference, UnitRef, UserRef } from '../types';

const MINUTE = 60_000;

export const CHANNELS = ['phone', 'phone', 'phone', 'phone', 'phone', 'visit', 'visit', 'online', 'online', 'patrol', 'letter'];

export interface Resident {
  unit: UnitRef | null;
  name: string;
  phone: string;
  /** Where it happened when there is no unit (地址). */
  address: string | null;
}

/** Who called and about where: the owner of a unit mostly, a tenant or family sometimes; 8 % no unit. */
export const residentOf = (random: Random, reference: Reference): Resident => {
  const unit = reference.units.length && !random.chance(0.08) ? random.pick(reference.units) : null;
  const owner = unit && unit.ownerName && random.chance(0.7) ? unit : null;
  return {
    unit,
    name: owner?.ownerName ?? personName(random),
    phone: owner?.ownerPhone ?? mobile(random),
    address: unit ? null : random.pick(COMMON_PLACES),
  };
};

export const departmentByCode = (reference: Reference, code: string, random: Random): DepartmentRef | null =>
  reference.departments.find((d) => d.code === code) ?? (reference.departments.length ? random.pick(reference.departments) : null);

/** The desk records most reports; supervisors take some. */
export const recorderOf = (random: Random, reference: Reference): UserRef | null => {
  const desk = reference.users.filter((u) => u.role === 'staff' || u.role === 'supervisor');
  return desk.length ? random.pick(desk) : null;
};

/** Someone in the handling department, when there is one. */
export const assigneeIn = (random: Random, reference: Reference, department: DepartmentRef | null): UserRef | null => {
  const members = department ? reference.users.filter((u) => u.departmentCode === department.code) : [];
  return members.length ? random.pick(members) : null;
};

/** Share of records whose deadline falls about now: they drive reminders and escalations. */
export const DUE_NOW_RATE = 0.01;

/** A deadline between 30 minutes ago and an hour ahead, never before intake. */
export const dueAboutNow = (random: Random, receivedAt: Date, now: Date): Date =>
  new Date(Math.max(receivedAt.getTime() + 10 * MINUTE, now.getTime() + random.int(-30, 60) * MINUTE));

export const atMost = (at: number, now: Date): Date => new Date(Math.min(at, now.getTime()));
