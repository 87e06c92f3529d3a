import type { Knex } from 'knex';
import { bulkTable, toPostgresTimestamp } from '../bulk-insert';

const recordingTransaction = () => {
  const calls: Array<{ sql: string; bindings: unknown[] }> = [];
  const trx = { raw: async (sql: string, bindings: unknown[]) => (calls.push({ sql, bindings }), []) } as unknown as Knex.Transaction;
  return { trx, calls };
};

describe('bulkTable', () => {
  it('splits SQLite inserts so no statement binds more than 32766 values', async () => {
    const columns = Array.from({ length: 35 }, (_, i) => `c${i}`);
    const { trx, calls } = recordingTransaction();
    const rows = Array.from({ length: 2500 }, (_, r) => columns.map((_, c) => r * 100 + c));
    await bulkTable({ client: 'sqlite', table: 'complaints', columns }).insert(trx, rows);
    expect(calls.map((c) => c.bindings.length)).toEqual([936 * 35, 936 * 35, 628 * 35]);
    expect(calls[0].sql).toMatch(/^insert into "complaints" \("c0", .*\) values \(\?(,\?){34}\),/);
  });

  it('sends PostgreSQL rows as one JSON parameter, dates as wall-clock timestamps', async () => {
    const { trx, calls } = recordingTransaction();
    const at = new Date('2026-11-24T11:30:00.123Z');
    await bulkTable({ client: 'postgres', table: 'complaints', columns: ['number', 'received_at'] }).insert(trx, [['TS-1', at]], ['id']);
    expect(calls).toHaveLength(1);
    expect(calls[0].sql).toContain('json_populate_recordset(null::"complaints", ?::json) returning "id"');
    expect(JSON.parse(String(calls[0].bindings[0]))).toEqual([{ number: 'TS-1', received_at: toPostgresTimestamp(at) }]);
  });
});

describe('toPostgresTimestamp', () => {
  it('writes the local wall-clock time that pg would send for a Date, without the offset', () => {
    const at = new Date(2026, 10, 24, 19, 30, 0, 123);
    expect(toPostgresTimestamp(at)).toBe('2026-11-24T19:30:00.123');
  });
});
