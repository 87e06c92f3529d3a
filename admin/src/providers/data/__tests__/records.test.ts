import { SYSTEM_KEYS, toRefineRecord, toWriteData } from '../records';

describe('toRefineRecord', () => {
  it('sets id to the documentId and keeps every other field', () => {
    expect(toRefineRecord({ id: 4, documentId: 'k-4', code: 'K-004' })).toEqual({
      id: 'k-4',
      documentId: 'k-4',
      code: 'K-004',
    });
  });

  it('leaves populated relations and media with their own ids', () => {
    const record = { documentId: 'r-1', unit: { id: 9, documentId: 'u-9' }, photos: [{ id: 5, documentId: 'f-5' }] };
    expect(toRefineRecord(record)).toEqual({ ...record, id: 'r-1' });
  });

  it('leaves a value without a string documentId unchanged', () => {
    const step = { action: 'accept', at: '2024-01-01' };
    expect(toRefineRecord(step)).toBe(step);
  });
});

describe('toWriteData', () => {
  it.each(SYSTEM_KEYS)('drops the system key %s', (key) => {
    expect(toWriteData({ [key]: 'x', title: 't' })).toEqual({ title: 't' });
  });

  it('keeps ordinary fields as given', () => {
    expect(toWriteData({ title: '漏水', level: 2, urgent: false, note: null })).toEqual({
      title: '漏水',
      level: 2,
      urgent: false,
      note: null,
    });
  });

  it('sends a relation object with a documentId as that documentId', () => {
    expect(toWriteData({ unit: { id: 9, documentId: 'u-9', code: 'A-101' } })).toEqual({ unit: 'u-9' });
  });

  it('sends a relation object with a mapped string id as that id', () => {
    expect(toWriteData({ department: { id: 'd-1', name: '工程部' } })).toEqual({ department: 'd-1' });
  });

  it('sends a list of relation objects as a list of documentIds', () => {
    expect(toWriteData({ keys: [{ documentId: 'k-1' }, { id: 'k-2' }, 'k-3'] })).toEqual({
      keys: ['k-1', 'k-2', 'k-3'],
    });
  });

  it('leaves an object with only a numeric id (a component) as given', () => {
    expect(toWriteData({ contact: { id: 3, phone: '123' } })).toEqual({ contact: { id: 3, phone: '123' } });
  });

  it('sends a named media field as the numeric file id', () => {
    const file = { id: 12, documentId: 'f-12', url: '/api/files/a_ab.jpg?expires=1796374800&signature=abc' };
    expect(toWriteData({ photo: file }, ['photo'])).toEqual({ photo: 12 });
  });

  it('sends a named multiple media field as a list of numeric file ids', () => {
    expect(toWriteData({ photos: [{ id: 12 }, { id: 13 }, 14] }, ['photos'])).toEqual({ photos: [12, 13, 14] });
  });

  it('keeps null in a media field so the file can be removed', () => {
    expect(toWriteData({ photo: null }, ['photo'])).toEqual({ photo: null });
  });

  it('treats a file object outside the named media fields as a relation', () => {
    expect(toWriteData({ photo: { id: 12, documentId: 'f-12' } })).toEqual({ photo: 'f-12' });
  });

  it('returns empty data for values that are not an object', () => {
    expect(toWriteData('nonsense')).toEqual({});
  });
});
