import type { Core, UID } from '@strapi/strapi';
import type { RegisterDescription } from '@wuyedesk/contracts';
import type { DatabaseClient } from '../lib/boot-strapi';
import { bulkTable, type BulkTable } from './bulk-insert';
import type { FieldValue } from './types';

/** The parts of Strapi's attribute metadata used here (its union type hides them). */
interface AttributeMeta {
  type: string;
  columnName?: string;
  joinTable?: {
    name: string;
    joinColumn: { name: string };
    inverseJoinColumn: { name: string };
    orderColumnName?: string;
    inverseOrderColumnName?: string;
  };
}

type Meta = ReturnType<Core.Strapi['db']['metadata']['get']>;

const attributeOf = (meta: Meta, name: string): AttributeMeta => {
  const attribute = meta.attributes[name] as AttributeMeta | undefined;
  if (!attribute) throw new Error(`${meta.uid} has no attribute "${name}"`);
  return attribute;
};

export const columnOf = (meta: Meta, name: string): string => {
  const column = attributeOf(meta, name).columnName;
  if (!column) throw new Error(`${meta.uid}.${name} has no column (a relation?)`);
  return column;
};

export interface SystemValues {
  documentId: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface LinkLayout {
  field: string;
  table: BulkTable;
  /** manyToMany keeps the order of targets per record; manyToOne link tables have no such column. */
  isOrdered: boolean;
}

export interface TableLayout {
  meta: Meta;
  table: BulkTable;
  /** Field names in column order, after document_id; the system columns follow. */
  fields: readonly string[];
  defaults: Readonly<Record<string, FieldValue>>;
  /** One row in `table.columns` order. */
  toRow: (values: Readonly<Record<string, FieldValue>>, system: SystemValues) => FieldValue[];
}

export interface RecordLayout extends TableLayout {
  links: readonly LinkLayout[];
}

const linkLayout = (client: DatabaseClient, meta: Meta, field: string): LinkLayout => {
  const joinTable = attributeOf(meta, field).joinTable;
  if (!joinTable) throw new Error(`${meta.uid}.${field}: relations without a link table are not supported`);
  // Inverse order columns number a record among all links of its target: bidirectional
  // relations would need the current maximum per target first. No register has one yet.
  if (joinTable.inverseOrderColumnName) throw new Error(`${meta.uid}.${field}: bidirectional relations are not supported yet`);
  const columns = [joinTable.joinColumn.name, joinTable.inverseJoinColumn.name];
  if (joinTable.orderColumnName) columns.push(joinTable.orderColumnName);
  return { field, table: bulkTable({ client, table: joinTable.name, columns }), isOrdered: Boolean(joinTable.orderColumnName) };
};

/** The columns of any content type, by field name, as its metadata names them. */
export const tableLayout = ({ strapi, client, uid, fields, defaults = {} }: {
  strapi: Core.Strapi;
  client: DatabaseClient;
  uid: string;
  fields: readonly string[];
  defaults?: Readonly<Record<string, FieldValue>>;
}): TableLayout => {
  const meta = strapi.db.metadata.get(uid as UID.Schema);
  // Every Strapi 5 row carries the system columns. draftAndPublish is off, yet Strapi stores
  // such rows as published: published_at = created_at. No i18n: locale stays null.
  const systemFields = ['createdAt', 'updatedAt', 'publishedAt', 'locale'];
  const columns = [columnOf(meta, 'documentId'), ...[...fields, ...systemFields].map((f) => columnOf(meta, f))];
  return {
    meta,
    table: bulkTable({ client, table: meta.tableName, columns }),
    fields,
    defaults,
    toRow: (values, system) => {
      const row: FieldValue[] = [system.documentId];
      for (const field of fields) row.push(values[field] ?? defaults[field] ?? null);
      row.push(system.createdAt, system.updatedAt, system.createdAt, null);
      return row;
    },
  };
};

/**
 * A register's table and link tables, from its description (which fields) and Strapi's
 * metadata (which columns and tables). Media fields are left empty; description defaults
 * fill what the row factory leaves out, as Strapi's create would.
 */
export const recordLayout = ({ strapi, client, register }: { strapi: Core.Strapi; client: DatabaseClient; register: RegisterDescription }): RecordLayout => {
  const scalar = register.fields.filter((f) => f.type !== 'relation' && f.type !== 'media');
  const defaults: Record<string, FieldValue> = {};
  for (const field of scalar) if (field.default !== undefined) defaults[field.name] = field.default;
  const layout = tableLayout({ strapi, client, uid: register.uid, fields: scalar.map((f) => f.name), defaults });
  const links = register.fields.filter((f) => f.type === 'relation').map((f) => linkLayout(client, layout.meta, f.name));
  return { ...layout, links };
};
