/**
 * Keyset paging in the list's order: rows ordered by (sort field, id), the next batch starts after
 * the last row seen — constant cost per batch at any depth, unlike OFFSET. Rows whose sort value is
 * NULL are read in a pass of their own (keyed by id only), placed where the database puts NULLs:
 * SQLite sorts them first in ascending order, PostgreSQL last.
 */
export type Order = 'asc' | 'desc';

export interface Pass {
  /** Extra filter of this pass (sort field null / not null); undefined: none. */
  where?: Record<string, unknown>;
  /** Sort of the pass; id always last so ties are stable. */
  sort: Array<Record<string, Order>>;
  /** Filter for the rows after `last`. */
  after: (last: Record<string, unknown>) => Record<string, unknown>;
}

export const keysetPasses = ({ field, order, nullsFirstAscending }: { field: string; order: Order; nullsFirstAscending: boolean }): Pass[] => {
  const cmp = order === 'asc' ? '$gt' : '$lt';
  const bound = order === 'asc' ? '$gte' : '$lte';
  const byId: Pass['after'] = (last) => ({ id: { [cmp]: last.id } });
  if (field === 'id') return [{ sort: [{ id: order }], after: byId }];
  const values: Pass = {
    where: { [field]: { $notNull: true } },
    sort: [{ [field]: order }, { id: order }],
    // (field, id) after (v, lastId), written so the database can range-scan the field's index from v
    // on: `field <= v` bounds the scan, the $or drops the rows of v already read. A plain
    // `field < v OR (field = v AND id < lastId)` made SQLite scan the table for every batch.
    after: (last) => ({
      $and: [{ [field]: { [bound]: last[field] } }, { $or: [{ [field]: { [cmp]: last[field] } }, { id: { [cmp]: last.id } }] }],
    }),
  };
  const nulls: Pass = { where: { [field]: { $null: true } }, sort: [{ id: order }], after: byId };
  const nullsFirst = order === 'asc' ? nullsFirstAscending : !nullsFirstAscending;
  return nullsFirst ? [nulls, values] : [values, nulls];
};
