import type { RegisterDescription } from '@wuyedesk/contracts';
import type { Random } from '../../cms/src/seed/random';

export type { Random };

/** The rows generated records point at, loaded once from the database (ids, not documentIds). */
export interface UnitRef {
  id: number;
  code: string;
  ownerName: string | null;
  ownerPhone: string | null;
}

export interface DepartmentRef {
  id: number;
  documentId: string;
  code: string;
}

export interface UserRef {
  id: number;
  name: string;
  role: string | null;
  departmentCode: string | null;
}

export interface Reference {
  units: UnitRef[];
  departments: DepartmentRef[];
  users: UserRef[];
}

/** A value as the database driver takes it (knex turns Date and boolean into what SQLite stores). */
export type FieldValue = string | number | boolean | Date | null;

/** One generated record: field values and relations (target row ids), both keyed by field name. */
export interface GeneratedRecord {
  values: Record<string, FieldValue>;
  relations: Record<string, number | readonly number[] | null>;
  /** Who recorded it: the actor of its 'create' history step. */
  recordedBy: UserRef | null;
  /** Its last change (updated_at); created_at is the instant of its number. */
  updatedAt: Date;
}

export interface RecordContext {
  random: Random;
  /** The instant in the register's numberDateField (receivedAt…); the caller writes it. */
  at: Date;
  /** The end of the generated period: nothing happens after it. */
  now: Date;
  reference: Reference;
}

/**
 * How to make plausible records of one register. The register description says what the
 * columns and relations are; the factory only decides values. Numbering, ids, timestamps and
 * the history step are added by the generator, the same for every register.
 */
export interface RegisterGenerator {
  register: RegisterDescription;
  makeRecord: (context: RecordContext) => GeneratedRecord;
}
