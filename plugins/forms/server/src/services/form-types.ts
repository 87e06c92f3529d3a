import type { Knex } from 'knex';
import type { Core } from '@strapi/strapi';
import {
  BUILT_IN_REGISTERS,
  checkDefinition,
  FORM_DEFINITION_FORMAT,
  formRegister,
  isFilterable,
  type FieldDescription,
  type FormDefinition,
  type FormDefinitionFile,
  type FormRolePermission,
  type Locale,
  type RegisterDescription,
} from '@wuyedesk/contracts';
import { errors } from '@strapi/utils';
import { ensureFieldIndexes, TYPES_TABLE, VERSIONS_TABLE } from '../tables';

interface TypeRow {
  key: string;
  name: string;
  number_prefix: string;
  permissions: string;
  current_version: number;
  revision: number;
}

interface VersionRow {
  form_key: string;
  version: number;
  definition: string;
  published_by: number | null;
  published_at: number | string;
}

export interface FormTypeSummary {
  key: string;
  name: FormDefinition['name'];
  numberPrefix: string;
  version: number;
  permissions: FormRolePermission[];
}

/** The definition a version stores: everything but permissions, which change without a new version. */
type StoredDefinition = Omit<FormDefinition, 'permissions'>;

const parse = <T>(text: string): T => JSON.parse(text) as T;

/** Every field a form type has ever had, newest version's description first (for labels of retired fields). */
const allFields = (versions: StoredDefinition[]): FieldDescription[] => {
  const seen = new Map<string, FieldDescription>();
  for (const d of [...versions].reverse()) for (const f of d.fields) if (!seen.has(f.name)) seen.set(f.name, f);
  return [...seen.values()];
};

/**
 * Form types as data: publishing writes an immutable version row and bumps the type's revision;
 * the registry source turns the current versions into register descriptions. Every instance
 * checks a one-row stamp (count and sum of revisions) before answering from its cache, so a form
 * published on one instance is served by every other at once, with no restart.
 */
export const formTypes = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  let cache: { stamp: string; registers: RegisterDescription[] } | null = null;

  /**
   * Reads that may run inside someone's transaction (a scheduler pass, a record event asking the
   * registry) join it: SQLite's pool has one connection, so a second one would wait forever.
   */
  const read = <T>(work: (db: Knex) => Promise<T>): Promise<T> =>
    strapi.db.inTransaction() ? (strapi.db.transaction(({ trx }) => work(trx as unknown as Knex)) as Promise<T>) : work(knex());

  const stamp = async (db: Knex = knex()): Promise<string> => {
    const row = (await db(TYPES_TABLE).count({ n: '*' }).sum({ r: 'revision' }).first()) as { n: number | string; r: number | string | null };
    return `${row.n}:${row.r ?? 0}`;
  };

  const versionsOf = async (key: string): Promise<StoredDefinition[]> =>
    ((await knex()(VERSIONS_TABLE).where({ form_key: key }).orderBy('version', 'asc')) as VersionRow[]).map((r) => parse<StoredDefinition>(r.definition));

  const toRegister = (type: TypeRow, versions: StoredDefinition[], version = type.current_version): RegisterDescription => {
    const current = versions[version - 1];
    const names = new Set(current.fields.map((f) => f.name));
    return formRegister({
      definition: { ...current, permissions: parse<FormRolePermission[]>(type.permissions) },
      version,
      retired: allFields(versions).filter((f) => !names.has(f.name)),
    });
  };

  const build = async (db: Knex = knex()): Promise<RegisterDescription[]> => {
    const types = (await db(TYPES_TABLE).orderBy('created_at', 'asc')) as TypeRow[];
    const versions = (await db(VERSIONS_TABLE).orderBy('version', 'asc')) as VersionRow[];
    return types.map((type) =>
      toRegister(type, versions.filter((v) => v.form_key === type.key).map((v) => parse<StoredDefinition>(v.definition))),
    );
  };

  const reserved = async (exceptKey: string) => {
    const types = ((await knex()(TYPES_TABLE).select('key', 'name', 'number_prefix')) as TypeRow[]).filter((t) => t.key !== exceptKey);
    const prefixes: Record<string, string> = {};
    for (const r of BUILT_IN_REGISTERS) if (r.numberPrefix) prefixes[r.numberPrefix] = r.label['zh-CN'];
    for (const t of types) prefixes[t.number_prefix] = parse<FormDefinition['name']>(t.name)['zh-CN'];
    return {
      reservedKeys: BUILT_IN_REGISTERS.flatMap((r) => [r.key, r.pluralName, r.singularName]),
      reservedPrefixes: prefixes,
    };
  };

  return {
    /** Published form types as registers (the records registry's source). */
    async registers(): Promise<RegisterDescription[]> {
      return read(async (db) => {
        const current = await stamp(db);
        if (cache?.stamp === current) return cache.registers;
        const registers = await build(db);
        cache = { stamp: current, registers };
        return registers;
      });
    },

    async list(): Promise<FormTypeSummary[]> {
      const types = (await knex()(TYPES_TABLE).orderBy('created_at', 'asc')) as TypeRow[];
      return types.map((t) => ({
        key: t.key,
        name: parse(t.name),
        numberPrefix: t.number_prefix,
        version: t.current_version,
        permissions: parse(t.permissions),
      }));
    },

    /** The definition as the designer edits it and as it is exported (with the format marker). */
    async definition(key: string): Promise<(FormDefinitionFile & { version: number }) | null> {
      const type = (await knex()(TYPES_TABLE).where({ key }).first()) as TypeRow | undefined;
      if (!type) return null;
      const versions = await versionsOf(key);
      return {
        format: FORM_DEFINITION_FORMAT,
        ...versions[type.current_version - 1],
        permissions: parse(type.permissions),
        version: type.current_version,
      };
    },

    /** The register as it was at one version: an earlier entry shows with the labels it was filled with. */
    async registerAt(key: string, version: number): Promise<RegisterDescription | null> {
      const type = (await knex()(TYPES_TABLE).where({ key }).first()) as TypeRow | undefined;
      const versions = type ? await versionsOf(key) : [];
      if (!type || !Number.isInteger(version) || version < 1 || version > versions.length) return null;
      return toRegister(type, versions.slice(0, version), version);
    },

    /**
     * Publishes a definition as the next version (the first one creates the form type). Refused
     * with every problem and where it is; a field key keeps its type across versions.
     */
    async publish({ definition, actorId, locale = 'zh-CN' }: { definition: unknown; actorId: number | null; locale?: Locale }) {
      const key = (definition as { key?: unknown } | null)?.key;
      const previous = typeof key === 'string' ? allFields(await versionsOf(key)) : [];
      const problems = checkDefinition({ definition, previous, locale, ...(await reserved(typeof key === 'string' ? key : '')) });
      if (problems.length) {
        throw new errors.ValidationError(problems.map((p) => p.message).join('；'), {
          code: 'FORM_DEFINITION_INVALID',
          errors: problems.map((p) => ({ path: p.path ? p.path.split('.') : [], message: p.message, name: 'ValidationError' })),
        });
      }
      const d = definition as FormDefinition;
      const stored: StoredDefinition = {
        key: d.key, name: d.name, numberPrefix: d.numberPrefix, sections: d.sections ?? [], fields: d.fields,
        ...(d.approval ? { approval: true } : {}), ...(d.listFields?.length ? { listFields: d.listFields } : {}),
        ...(d.departmentField ? { departmentField: d.departmentField } : {}),
      };
      const now = Date.now();
      const version = await strapi.db.transaction(async ({ trx }) => {
        const existing = (await knex()(TYPES_TABLE).transacting(trx).where({ key: d.key }).first()) as TypeRow | undefined;
        const next = (existing?.current_version ?? 0) + 1;
        // The (form_key, version) primary key refuses a concurrent publish of the same version.
        await knex()(VERSIONS_TABLE).transacting(trx).insert({
          form_key: d.key, version: next, definition: JSON.stringify(stored), published_by: actorId, published_at: now,
        });
        const row = {
          name: JSON.stringify(d.name), number_prefix: d.numberPrefix, permissions: JSON.stringify(d.permissions ?? []),
          current_version: next, updated_at: now,
        };
        if (existing) {
          await knex()(TYPES_TABLE).transacting(trx).where({ key: d.key }).update({ ...row, revision: existing.revision + 1 });
        } else {
          await knex()(TYPES_TABLE).transacting(trx).insert({ key: d.key, ...row, revision: 1, created_at: now });
        }
        return next;
      });
      // After the commit: CREATE INDEX IF NOT EXISTS is safe when several instances publish.
      await ensureFieldIndexes(knex(), d.key, d.fields.filter((f) => isFilterable(f) || f.name === d.departmentField));
      return { key: d.key, version };
    },

    /** Who may fill, see and approve: changes at once, without a new version. */
    async setPermissions({ key, permissions, locale = 'zh-CN' }: { key: string; permissions: unknown; locale?: Locale }) {
      const current = await this.definition(key);
      if (!current) throw new errors.NotFoundError(locale === 'zh-CN' ? '找不到该表单' : 'No such form', { code: 'FORM_NOT_FOUND' });
      const problems = checkDefinition({ definition: { ...current, permissions }, locale }).filter((p) => p.path.startsWith('permissions'));
      if (problems.length || !Array.isArray(permissions)) {
        throw new errors.ValidationError(problems.map((p) => p.message).join('；') || 'permissions', { code: 'FORM_PERMISSIONS_INVALID' });
      }
      await knex()(TYPES_TABLE).where({ key }).update({
        permissions: JSON.stringify(permissions), updated_at: Date.now(), revision: knex().raw('revision + 1'),
      });
    },

    /** At start: indexes for every published form type (a database restored without them, or an older release). */
    async ensureAllIndexes() {
      for (const register of await build()) {
        await ensureFieldIndexes(knex(), register.key, register.fields.filter((f) => !f.managed && f.filterable));
      }
    },
  };
};
