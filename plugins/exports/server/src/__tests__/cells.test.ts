import { cellValue, displayWidth, isFormulaLike, shanghaiWallClock } from '../xlsx/cells';
import { keysetPasses } from '../export/keyset';
import { columnNames, firstSort } from '../export/parse-query';
import type { FieldDescription } from '@wuyedesk/contracts';

const field = (type: FieldDescription['type'], extra: Partial<FieldDescription> = {}): FieldDescription => ({
  name: 'f', type, label: { 'zh-CN': '字段', en: 'Field' }, ...extra,
});

describe('cell values', () => {
  it('shows a UTC instant as Shanghai wall-clock time (Excel has no time zones)', () => {
    expect(shanghaiWallClock('2026-11-24T01:30:00.000Z')?.toISOString()).toBe('2026-11-24T09:30:00.000Z');
  });

  it.each(['=1+1', '+86 138', '-5', '@SUM(A1)', '\t=cmd', '\r=x'])('treats %j as formula-like text', (text) => {
    expect(isFormulaLike(text)).toBe(true);
  });

  it('does not treat ordinary text as formula-like', () => {
    expect(isFormulaLike('王芳 3栋')).toBe(false);
  });

  it('writes an enum as its label in the panel’s language', () => {
    const kind = field('enum', { options: [{ value: 'complaint', label: { 'zh-CN': '投诉', en: 'Complaint' } }] });
    expect(cellValue({ field: kind, value: 'complaint', locale: 'zh-CN' })).toBe('投诉');
    expect(cellValue({ field: kind, value: 'complaint', locale: 'en' })).toBe('Complaint');
  });

  it('writes booleans as 是/否 and numbers as numbers', () => {
    expect(cellValue({ field: field('boolean'), value: true, locale: 'zh-CN' })).toBe('是');
    expect(cellValue({ field: field('boolean'), value: false, locale: 'zh-CN' })).toBe('否');
    expect(cellValue({ field: field('money'), value: '12.50', locale: 'zh-CN' })).toBe(12.5);
  });

  it('names related records by their title', () => {
    const unit = field('relation', { target: 'unit' });
    expect(cellValue({ field: unit, value: { code: '1-1-101' }, locale: 'zh-CN', titleOf: (r) => String(r.code) })).toBe('1-1-101');
    expect(cellValue({ field: unit, value: [{ code: 'A' }, { code: 'B' }], locale: 'zh-CN', titleOf: (r) => String(r.code) })).toBe('A、B');
  });

  it('counts a Chinese character as two columns wide', () => {
    expect(displayWidth('编号A')).toBe(5);
  });
});

describe('keyset passes', () => {
  it('reads rows with a value before the NULLs for a descending sort on SQLite', () => {
    const passes = keysetPasses({ field: 'receivedAt', order: 'desc', nullsFirstAscending: true });
    expect(passes.map((p) => p.where)).toEqual([{ receivedAt: { $notNull: true } }, { receivedAt: { $null: true } }]);
    expect(passes[0].after({ receivedAt: 'T', id: 7 })).toEqual({
      $and: [{ receivedAt: { $lte: 'T' } }, { $or: [{ receivedAt: { $lt: 'T' } }, { id: { $lt: 7 } }] }],
    });
  });

  it('reads the NULLs first for a descending sort on PostgreSQL', () => {
    const passes = keysetPasses({ field: 'dueAt', order: 'desc', nullsFirstAscending: false });
    expect(passes[0].where).toEqual({ dueAt: { $null: true } });
  });

  it('pages by id alone when the list sorts by id', () => {
    const [only, ...rest] = keysetPasses({ field: 'id', order: 'asc', nullsFirstAscending: true });
    expect(rest).toEqual([]);
    expect(only.after({ id: 3 })).toEqual({ id: { $gt: 3 } });
  });
});

describe('the list’s query', () => {
  it('takes the first sorter in either of Strapi’s forms', () => {
    expect(firstSort(['receivedAt:desc', 'id:asc'])).toEqual({ field: 'receivedAt', order: 'desc' });
    expect(firstSort({ dueAt: 'asc' })).toEqual({ field: 'dueAt', order: 'asc' });
    expect(firstSort(undefined)).toBeNull();
  });

  it('reads visible columns as a comma list or an array', () => {
    expect(columnNames('number, status')).toEqual(['number', 'status']);
    expect(columnNames(['number', 'unit'])).toEqual(['number', 'unit']);
  });
});

describe('waiting for exceljs’s zip pipe', () => {
  const { waitForZip } = jest.requireActual('../xlsx/zip-drain') as typeof import('../xlsx/zip-drain');
  const sheetWith = (queued: number) => {
    const listeners: Array<() => void> = [];
    const pipe = { _writableState: { length: queued }, once: (_: 'drain', l: () => void) => listeners.push(l) };
    return { sheet: { stream: { pipes: [pipe] } } as never, drain: () => listeners.forEach((l) => l()) };
  };

  it('waits for drain when more than the high-water mark is queued', async () => {
    const { sheet, drain } = sheetWith(2 << 20);
    let done = false;
    const waiting = waitForZip(sheet).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    drain();
    await waiting;
    expect(done).toBe(true);
  });

  it('does not wait when little is queued, or when exceljs’s internals are not there', async () => {
    await expect(waitForZip(sheetWith(10).sheet)).resolves.toBeUndefined();
    await expect(waitForZip({} as never)).resolves.toBeUndefined();
  });
});
