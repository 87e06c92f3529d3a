import type { RegisterDescription } from '@wuyedesk/contracts';
import type { RecordValues } from '../services/events';

/** Strapi's filter dialect ($eq, $in, $containsi, $and/$or, relation.documentId…): the one filter language of every store. */
export type StoreFilters = Record<string, unknown>;

/** A list request in Strapi's REST shape (after qs parsing): what the panel and the exporter send. */
export interface StoreListQuery {
  filters?: StoreFilters;
  /** 'field:asc', ['a:desc', 'b'], or { field: 'desc' }: Strapi's sort forms. */
  sort?: unknown;
  pagination?: { page?: unknown; pageSize?: unknown; start?: unknown; limit?: unknown; withCount?: unknown };
}

export interface StorePage {
  results: RecordValues[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
}

/**
 * Where the records of a register live, behind one interface: built-in registers in their own
 * Strapi content type (the document store), designed form types in the forms plugin's entries
 * table. Every service reads and writes through `registry.storeOf(register)` and never asks
 * which one it got. Filters are given in Strapi's dialect and already scoped: the store decides
 * nothing about who may see what (that is `access.scoped`, applied by the records service);
 * it answers a bad filter or sort with a 400 (ValidationError) in the caller's language.
 *
 * Writes happen only inside the records service's transaction (validation, numbering, history
 * and events happen there) — or, for managed values a plugin keeps (a clock's dueAt), through
 * `setManaged`.
 */
export interface RecordStore {
  /** The record, or null when it does not exist or does not match `filters` (a row scope). */
  findOne(args: { register: RegisterDescription; documentId: string; filters?: StoreFilters | null; populate?: unknown }): Promise<RecordValues | null>;
  /** One page (page/pageSize or start/limit, at most 100 rows: the REST maxLimit); sort and filters in Strapi's dialect. */
  findMany(args: { register: RegisterDescription; query: StoreListQuery; populate?: unknown; locale?: 'zh-CN' | 'en' }): Promise<StorePage>;
  count(args: { register: RegisterDescription; filters?: StoreFilters | null; locale?: 'zh-CN' | 'en' }): Promise<number>;
  create(args: { register: RegisterDescription; data: Record<string, unknown>; populate?: unknown }): Promise<RecordValues>;
  /** Changes merge into the record; a null clears a field. */
  update(args: { register: RegisterDescription; documentId: string; data: Record<string, unknown>; populate?: unknown }): Promise<RecordValues>;
  /**
   * A value the system keeps on the record (a clock's dueAt), written as is: not a change anyone
   * made, so no history, no events, no document-service middleware.
   */
  setManaged(args: { register: RegisterDescription; documentId: string; data: Record<string, unknown> }): Promise<void>;
  /** Moves the status from `from` to `to` only if it is still `from`: true when this call won. */
  claimStatus(args: { register: RegisterDescription; documentId: string; from: string; to: string }): Promise<boolean>;
}

/** The store of every register that does not name one: its own Strapi content type. */
export const DOCUMENT_STORE = 'documents';
