import { randomBytes } from 'crypto';
import type { Knex } from 'knex';
import type { Core, UID } from '@strapi/strapi';
import { findBuiltInRegister, type Locale, type RegisterDescription } from '@wuyedesk/contracts';
import { fileIdsOf, getService as getFilesService } from '@wuyedesk/plugin-files';
import {
  ValidationError,
  type RecordStore,
  type RecordValues,
  type StoreFilters,
  type StoreListQuery,
} from '@wuyedesk/plugin-records';
import { buildListQuery, QueryError, type ListQuery } from '../query/list-query';
import { dialectOf, ENTRIES_TABLE } from '../tables';

const USER_UID = 'plugin::users-permissions.user';
const FILE_UID = 'plugin::upload.file';

interface EntryRow {
  id: number;
  document_id: string;
  form_key: string;
  form_version: number;
  number: string | null;
  status: string | null;
  data: string | Record<string, unknown>;
  filled_by_id: number | null;
  due_at: number | string | null;
  created_at: number | string;
  updated_at: number | string;
}

type Data = Record<string, unknown>;

/** Values that are columns of the entries table, not form data. */
const SYSTEM_KEYS = new Set(['number', 'status', 'filledBy', 'dueAt', 'createdAt', 'updatedAt', 'formVersion', 'id', 'documentId']);

/** Strapi's documentId shape: 24 lower-case letters and digits. */
const newDocumentId = () => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(24)].map((b, i) => (i === 0 ? alphabet[b % 26] : alphabet[b % 36])).join('');
};

const iso = (ms: number | string | null) => (ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString());

/**
 * Form entries in one table. As the records core's store (`registry.addStore`) it is written
 * only through records.create/update/act, inside their transaction (validation, numbering,
 * history, events happen there); lists and the exporter's batches read it with the same
 * indexed expressions the list query dialect compiles to.
 */
export const entries = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  /** Form values as stored: datetimes in UTC ISO so their text order is time order (indexes, filters). */
  const formData = (register: RegisterDescription, values: Data): Data => {
    const out: Data = {};
    for (const [name, value] of Object.entries(values)) {
      if (SYSTEM_KEYS.has(name)) continue;
      const field = register.fields.find((f) => f.name === name);
      if (field?.type === 'datetime' && typeof value === 'string' && Number.isFinite(Date.parse(value))) out[name] = new Date(value).toISOString();
      else if (field?.type === 'idcard' && typeof value === 'string') out[name] = value.trim().toUpperCase();
      else out[name] = value;
    }
    return out;
  };

  const parseData = (row: EntryRow): Data => (typeof row.data === 'string' ? (JSON.parse(row.data) as Data) : row.data ?? {});

  /**
   * Rows as the REST API and the panel read records: relations and files populated (as Strapi
   * would), each kind fetched once per page, not once per row.
   */
  /** Media fields of a form type: attaching a file to one is checked like on built-in registers (plugins/files). */
  const mediaFieldsOf = (register: RegisterDescription) => register.fields.filter((f) => f.type === 'media').map((f) => f.name);

  /**
   * Files read here bypass the document service, which signs file URLs for built-in registers: sign
   * them the same way (the upload provider is private, plugins/files), or the panel gets no picture.
   */
  const signLinks = async (files: Map<string, unknown>) => {
    const signer = strapi.plugin('upload').service('file') as { signFileUrls: (file: Data) => Promise<Data> };
    for (const [id, file] of files) files.set(id, await signer.signFileUrls(file as Data));
  };

  const present = async (register: RegisterDescription, rows: EntryRow[]): Promise<RecordValues[]> => {
    const datas = rows.map(parseData);
    const resolved = new Map<string, Map<string, unknown>>();
    const fetch = async (key: string, uid: string, ids: unknown[], by: 'documentId' | 'id', select?: string[]) => {
      const unique = [...new Set(ids.filter((v) => v !== null && v !== undefined))];
      const map = new Map<string, unknown>();
      if (unique.length) {
        const found = (await strapi.db.query(uid as UID.Schema).findMany({ where: { [by]: { $in: unique } }, ...(select ? { select } : {}) })) as Data[];
        for (const item of found) map.set(String(item[by]), item);
      }
      resolved.set(key, map);
    };
    for (const field of register.fields) {
      if (field.managed) continue;
      const values = datas.flatMap((d) => (Array.isArray(d[field.name]) ? (d[field.name] as unknown[]) : [d[field.name]]));
      if (field.type === 'relation') {
        const target = field.target === 'user' ? null : findBuiltInRegister(field.target ?? '');
        const uid = field.target === 'user' ? USER_UID : target?.uid;
        // A related record whole, as a populated content-type relation reads (a department's mailbox
        // for escalations); a user only by name.
        if (uid) await fetch(field.name, uid, values, 'documentId', target ? undefined : ['id', 'documentId', 'username', 'fullName']);
      }
      if (field.type === 'media') {
        await fetch(field.name, FILE_UID, values, 'id', ['id', 'documentId', 'name', 'url', 'mime', 'size', 'provider']);
        await signLinks(resolved.get(field.name) as Map<string, unknown>);
      }
    }
    await fetch('filledBy', USER_UID, rows.map((r) => r.filled_by_id), 'id', ['id', 'documentId', 'username', 'fullName']);

    return rows.map((row, i) => {
      const data = { ...datas[i] };
      for (const [name, map] of resolved) {
        if (name === 'filledBy' || !(name in data)) continue;
        const v = data[name];
        data[name] = Array.isArray(v) ? v.map((x) => map.get(String(x)) ?? x) : (map.get(String(v)) ?? v);
      }
      return {
        id: row.id,
        documentId: row.document_id,
        // What every service reads as a record's department (row scope, overdue lists, escalations).
        ...(register.departmentField ? { department: data[register.departmentField] ?? null } : {}),
        number: row.number,
        ...(register.workflow ? { status: row.status } : {}),
        ...data,
        formVersion: row.form_version,
        filledBy: row.filled_by_id === null ? null : (resolved.get('filledBy')?.get(String(row.filled_by_id)) ?? { id: row.filled_by_id }),
        dueAt: iso(row.due_at),
        createdAt: iso(row.created_at),
        updatedAt: iso(row.updated_at),
      } as RecordValues;
    });
  };

  /** Inside the records service's transaction: joins it (Strapi hands nested calls the same trx). */
  const inTransaction = <T>(work: (trx: Parameters<Parameters<Core.Strapi['db']['transaction']>[0]>[0]['trx']) => Promise<T>) =>
    strapi.db.transaction(({ trx }) => work(trx));

  /**
   * Reads join the caller's transaction when there is one (a scheduler pass, a record event):
   * SQLite's pool has one connection, so a second one would wait forever.
   */
  const read = <T>(work: (db: Knex) => Promise<T>): Promise<T> =>
    strapi.db.inTransaction() ? (strapi.db.transaction(({ trx }) => work(trx as unknown as Knex)) as Promise<T>) : work(knex());

  const findRow = (formKey: string, documentId: string) =>
    inTransaction(async (trx) => (await knex()(ENTRIES_TABLE).transacting(trx).where({ form_key: formKey, document_id: documentId }).first()) as EntryRow | undefined);

  /** The list dialect compiled for this form type; a filter it cannot answer is a 400 in the caller's language. */
  const compile = (register: RegisterDescription, query: ListQuery, locale: Locale = 'zh-CN') => {
    try {
      return buildListQuery({ register, query, dialect: dialectOf(knex()), locale });
    } catch (error) {
      if (error instanceof QueryError) throw new ValidationError(error.message, { code: error.code });
      throw error;
    }
  };

  const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

  /** A row scope (or any filter) ANDed onto one document: the same compiler as the list. */
  const byDocument = (documentId: string, filters?: StoreFilters | null): StoreFilters =>
    filters && Object.keys(filters).length ? { $and: [{ documentId: { $eq: documentId } }, filters] } : { documentId: { $eq: documentId } };

  const service = {
    /** A row scope may hide it; inside a write it reads the transaction's own rows. */
    async findOne({ register, documentId, filters }: { register: RegisterDescription; documentId: string; filters?: StoreFilters | null }): Promise<RecordValues | null> {
      if (!filters) {
        const row = await findRow(register.key, documentId);
        return row ? (await present(register, [row]))[0] : null;
      }
      const sql = compile(register, { filters: byDocument(documentId, filters) });
      const rows = await read(async (db) => rowsOf<EntryRow>(await db.raw(`select * from ${ENTRIES_TABLE} where ${sql.where} limit 1`, sql.bindings)));
      return rows.length ? (await present(register, rows))[0] : null;
    },

    /** One page in the REST dialect's shape: `{ results, pagination }`, filtered and sorted by any filterable field. */
    async findMany({ register, query, locale = 'zh-CN' }: { register: RegisterDescription; query: StoreListQuery; locale?: Locale }) {
      const sql = compile(register, query as ListQuery, locale);
      const [rows, counted] = await read(async (db) => [
        await db.raw(`select * from ${ENTRIES_TABLE} where ${sql.where} order by ${sql.orderBy} limit ? offset ?`, [...sql.bindings, sql.limit, sql.offset]),
        await db.raw(`select count(*) as total from ${ENTRIES_TABLE} where ${sql.where}`, sql.bindings),
      ]);
      const total = Number(rowsOf<{ total: number | string }>(counted)[0]?.total ?? 0);
      return {
        results: await present(register, rowsOf<EntryRow>(rows)),
        pagination: { page: sql.page, pageSize: sql.pageSize, pageCount: Math.ceil(total / sql.pageSize), total },
      };
    },

    async count({ register, filters, locale = 'zh-CN' }: { register: RegisterDescription; filters?: StoreFilters | null; locale?: Locale }) {
      const sql = compile(register, { filters: filters ?? undefined }, locale);
      const counted = await read((db) => db.raw(`select count(*) as total from ${ENTRIES_TABLE} where ${sql.where}`, sql.bindings));
      return Number(rowsOf<{ total: number | string }>(counted)[0]?.total ?? 0);
    },

    async create({ register, data }: { register: RegisterDescription; data: Data }): Promise<RecordValues> {
      await getFilesService(strapi, 'attachments').checkWrite({ fields: mediaFieldsOf(register), data, current: [] });
      const now = Date.now();
      const documentId = newDocumentId();
      await inTransaction((trx) =>
        knex()(ENTRIES_TABLE).transacting(trx).insert({
          document_id: documentId,
          form_key: register.key,
          form_version: register.formVersion ?? 1,
          number: typeof data.number === 'string' ? data.number : null,
          status: typeof data.status === 'string' ? data.status : null,
          data: JSON.stringify(formData(register, data)),
          filled_by_id: typeof data.filledBy === 'number' ? data.filledBy : null,
          due_at: typeof data.dueAt === 'string' ? Date.parse(data.dueAt) : null,
          created_at: now,
          updated_at: now,
        }),
      );
      const created = await service.findOne({ register, documentId });
      if (!created) throw new Error(`Entry ${documentId} vanished after insert`);
      return created;
    },

    /** Changes merge into the stored values; a null clears a field (hidden by a condition, emptied by hand). */
    async update({ register, documentId, data }: { register: RegisterDescription; documentId: string; data: Data }): Promise<RecordValues> {
      await inTransaction(async (trx) => {
        const row = (await knex()(ENTRIES_TABLE).transacting(trx).where({ form_key: register.key, document_id: documentId }).first()) as EntryRow | undefined;
        if (!row) throw new Error(`No entry ${documentId}`);
        const stored = parseData(row);
        const fields = mediaFieldsOf(register);
        await getFilesService(strapi, 'attachments').checkWrite({ fields, data, current: fields.flatMap((f) => fileIdsOf(stored[f])) });
        const merged = { ...stored, ...formData(register, data) };
        for (const [k, v] of Object.entries(merged)) if (v === null) delete merged[k];
        const patch: Data = { data: JSON.stringify(merged), updated_at: Date.now() };
        if (typeof data.status === 'string') patch.status = data.status;
        if ('dueAt' in data) patch.due_at = typeof data.dueAt === 'string' ? Date.parse(data.dueAt) : null;
        await knex()(ENTRIES_TABLE).transacting(trx).where({ id: row.id }).update(patch);
      });
      const updated = await service.findOne({ register, documentId });
      if (!updated) throw new Error(`Entry ${documentId} vanished after update`);
      return updated;
    },

    async setManaged({ register, documentId, data }: { register: RegisterDescription; documentId: string; data: Data }) {
      await service.update({ register, documentId, data });
    },

    async claimStatus({ register, documentId, from, to }: { register: RegisterDescription; documentId: string; from: string; to: string }) {
      const count = await inTransaction((trx) =>
        knex()(ENTRIES_TABLE).transacting(trx).where({ form_key: register.key, document_id: documentId, status: from }).update({ status: to, updated_at: Date.now() }),
      );
      return Number(count) === 1;
    },
  } satisfies RecordStore;
  return service;
};
