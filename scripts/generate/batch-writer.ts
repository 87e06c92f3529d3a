import type { RegisterDescription } from '@wuyedesk/contracts';
import type { Knex } from 'knex';
import { columnOf, type LinkLayout, type RecordLayout, type TableLayout } from './record-layout';
import type { FieldValue, GeneratedRecord } from './types';

/** A generated record on its way to the database. */
export interface PendingRecord {
  documentId: string;
  /** Its numberDateField instant: created_at, and the history step's `at`. */
  at: Date;
  values: Record<string, FieldValue>;
  record: GeneratedRecord;
}

const linkRows = (link: LinkLayout, batch: readonly PendingRecord[], ids: ReadonlyMap<string, number>): FieldValue[][] => {
  const rows: FieldValue[][] = [];
  for (const item of batch) {
    const target = item.record.relations[link.field];
    if (target === null || target === undefined) continue;
    const id = ids.get(item.documentId);
    if (id === undefined) throw new Error(`${link.table.table}: no id came back for record ${item.documentId}`);
    const targets = typeof target === 'number' ? [target] : target;
    targets.forEach((targetId, index) => rows.push(link.isOrdered ? [id, targetId, index + 1] : [id, targetId]));
  }
  return rows;
};

/**
 * Writes records, then their link rows (which need the ids the database gave them, matched
 * back by documentId), then one 'create' history step each. Returns the rows written.
 */
export const writeRecords = async ({ trx, layout, steps, register, batch, newDocumentId }: {
  trx: Knex.Transaction;
  layout: RecordLayout;
  steps: TableLayout | null;
  register: RegisterDescription;
  batch: readonly PendingRecord[];
  newDocumentId: () => string;
}): Promise<number> => {
  const idColumn = columnOf(layout.meta, 'id');
  const documentIdColumn = columnOf(layout.meta, 'documentId');
  const rows = batch.map((item) => layout.toRow(item.values, { documentId: item.documentId, createdAt: item.at, updatedAt: item.record.updatedAt }));
  const returned = await layout.table.insert(trx, rows, [idColumn, documentIdColumn]);
  const ids = new Map(returned.map((r) => [String(r[documentIdColumn]), Number(r[idColumn])]));
  let written = rows.length;
  for (const link of layout.links) {
    const links = linkRows(link, batch, ids);
    await link.table.insert(trx, links);
    written += links.length;
  }
  if (!steps) return written;
  const stepRows = batch.map((item) =>
    steps.toRow(
      {
        register: register.key, recordId: item.documentId, number: item.values.number ?? null, action: 'create',
        fromStatus: null, toStatus: register.workflow?.initial ?? null,
        actorId: item.record.recordedBy?.id ?? null, actorName: item.record.recordedBy?.name ?? null, at: item.at,
      },
      { documentId: newDocumentId(), createdAt: item.at, updatedAt: item.at },
    ),
  );
  await steps.table.insert(trx, stepRows);
  return written + stepRows.length;
};
