import type { RegisterDescription } from '@wuyedesk/contracts';
import type { Actor } from '@wuyedesk/plugin-records';
import type { ExportColumn } from '../xlsx/columns';

/** What the panel's list asked for, after Strapi's validation and sanitising of the query. */
export interface ExportQuery {
  /** Strapi filters as the list sent them (quick search `$or` included); the actor's scope is not yet applied. */
  filters?: Record<string, unknown>;
  /** The list's first sorter; null: the register's default order. */
  sort: { field: string; order: 'asc' | 'desc' } | null;
}

export interface RowSourceInput {
  register: RegisterDescription;
  actor: Actor;
  query: ExportQuery;
  columns: ExportColumn[];
  /** Rows per batch; a source may use fewer. */
  batchSize: number;
  /** Aborted when the client went away: stop reading. */
  signal: AbortSignal;
}

/**
 * Where an export's rows come from — THE seam for registers whose rows do not live in a Strapi
 * content type of their own (form entries, for one). A source yields the rows the actor may see,
 * in export order, batch after batch; each row is keyed by field name, relation values as objects
 * (or arrays of objects) carrying the column's `titleFields`. It must apply the actor's row scope
 * itself and must not hold more than a batch in memory. Register one with
 * `strapi.plugin('exports').service('sources').register(registerKey, source)`.
 */
export interface RowSource {
  batches(input: RowSourceInput): AsyncIterable<Array<Record<string, unknown>>>;
  /**
   * Refuses a query it cannot answer (an unknown field) before the download starts: once rows
   * stream, the status line is sent and a refusal could only cut the file short.
   */
  validate?(input: { register: RegisterDescription; query: ExportQuery }): Promise<void> | void;
}
