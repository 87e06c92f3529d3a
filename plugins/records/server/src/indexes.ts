import type { Core, UID } from '@strapi/strapi';
import { DEPARTMENT_KEY, hasDepartmentKey, type RegisterDescription } from '@wuyedesk/contracts';
import { STEP_UID } from './content-types/step';

interface IndexSpec {
  uid: string;
  fields: string[];
  unique?: boolean;
}

/**
 * The indexes the panel's filters and sorts need, from the register descriptions: Strapi
 * creates none (on 100k complaints a status + dueAt query drops from ~95 ms to ~19 ms with
 * one, STACK-NOTES). Unique fields (record numbers, codes) get a unique index: Strapi checks
 * uniqueness only in application code, the database is the last word under concurrency.
 * A record's history is read by (register, record) — 126 ms at 1M steps without an index.
 * A department head's every list is scoped to their department: each index a register asks for
 * is made again behind its department key (services/department-key.ts), and the key alone
 * answers the scope's count.
 */
export const indexSpecs = (registers: readonly RegisterDescription[]): IndexSpec[] => [
  ...registers.flatMap((register) => [
    ...register.indexes.map((fields) => ({ uid: register.uid, fields })),
    ...(hasDepartmentKey(register)
      ? [[DEPARTMENT_KEY], ...register.indexes.map((fields) => [DEPARTMENT_KEY, ...fields])].map((fields) => ({ uid: register.uid, fields }))
      : []),
    ...register.fields.filter((f) => f.unique).map((f) => ({ uid: register.uid, fields: [f.name], unique: true })),
  ]),
  { uid: STEP_UID, fields: ['register', 'recordId', 'at'] },
];

/** Idempotent: `if not exists` on SQLite and PostgreSQL alike. */
export const ensureIndexes = async (strapi: Core.Strapi, registers: readonly RegisterDescription[]) => {
  for (const spec of indexSpecs(registers)) {
    const meta = strapi.db.metadata.get(spec.uid as UID.Schema);
    const columns = spec.fields.map((f) => {
      const attribute = meta.attributes[f] as { columnName?: string } | undefined;
      if (!attribute) throw new Error(`Index on unknown field ${spec.uid}.${f}`);
      return attribute.columnName ?? f;
    });
    const name = `wd_${meta.tableName}_${columns.join('_')}_${spec.unique ? 'key' : 'idx'}`.slice(0, 63);
    await strapi.db.connection.raw(
      `create ${spec.unique ? 'unique ' : ''}index if not exists ${name} on ${meta.tableName} (${columns.join(', ')})`,
    );
  }
};
