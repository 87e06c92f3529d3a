import { as } from '../helpers/api';

type Complaint = {
  documentId: string;
  number: string;
  residentName?: string | null;
  residentPhone?: string | null;
  address?: string | null;
  unit?: { code: string } | null;
};

const create = async (data: Record<string, unknown>) => {
  const res = await as('staff').post('/api/complaints', {
    data: { channel: 'phone', description: '快速搜索', ...data },
  });
  expect(res.status).toBe(201);
  return res.body.data as Complaint;
};

/** The panel's quick search: `$or` of `$containsi` over the register's search fields. */
const FIELDS = ['number', 'residentName', 'residentPhone', 'address', 'unit.code'];
const quickSearch = async (text: string) => {
  const params = FIELDS.map((field, i) => {
    const path = field
      .split('.')
      .map((p) => `[${p}]`)
      .join('');
    return `filters[$or][${i}]${path}[$containsi]=${encodeURIComponent(text)}`;
  });
  const res = await as('staff').get(`/api/complaints?${params.join('&')}&pagination[pageSize]=100`);
  expect(res.status).toBe(200);
  return {
    ids: (res.body.data as Complaint[]).map((c) => c.documentId).sort(),
    total: res.body.meta.pagination.total as number,
  };
};

const everyComplaint = async (): Promise<Complaint[]> => {
  const rows: Complaint[] = [];
  for (let page = 1; ; page++) {
    const res = await as('supervisor').get(
      `/api/complaints?populate=unit&pagination[page]=${page}&pagination[pageSize]=100`,
    );
    rows.push(...(res.body.data as Complaint[]));
    if (page >= res.body.meta.pagination.pageCount) return rows;
  }
};

/** Today's meaning of the box: a case-insensitive substring of any search field. */
const substringMatches = (rows: Complaint[], text: string) =>
  rows
    .filter((r) =>
      [r.number, r.residentName, r.residentPhone, r.address, r.unit?.code].some((v) =>
        v?.toLowerCase().includes(text.toLowerCase()),
      ),
    )
    .map((r) => r.documentId)
    .sort();

describe('quick search from the search index', () => {
  let wang: Complaint;
  let li: Complaint;
  beforeAll(async () => {
    wang = await create({ residentName: '王晓明', residentPhone: '13800138000', address: '7栋B座 1201' });
    li = await create({ residentName: '李晓', residentPhone: '+86 13900004321', address: 'Tower_A 50%' });
  });

  it('finds a two-character name inside a three-character one, and a one-character surname', async () => {
    expect((await quickSearch('晓明')).ids).toEqual([wang.documentId]);
    const rows = await everyComplaint();
    expect((await quickSearch('晓')).ids).toEqual(substringMatches(rows, '晓'));
    expect((await quickSearch('李')).ids).toEqual(substringMatches(rows, '李'));
  });

  it('finds a phone by its last four digits, and by the whole number written any way', async () => {
    expect((await quickSearch('4321')).ids).toEqual([li.documentId]);
    expect((await quickSearch('13800138000')).ids).toEqual([wang.documentId]);
    expect((await quickSearch('138 0013-8000')).ids).toEqual([wang.documentId]);
    expect((await quickSearch('+86 13900004321')).ids).toEqual([li.documentId]);
    expect((await quickSearch('8613900004321')).ids).toEqual([li.documentId]);
  });

  it('gives the same rows and count as a substring match over every field', async () => {
    const rows = await everyComplaint();
    for (const text of [
      '栋',
      '7栋b',
      'b座',
      wang.number,
      wang.number.slice(-4),
      wang.number.slice(2, 4),
      'tower_a',
      '50%',
      '_',
      '%',
      '1',
      '12',
      '没有这个人',
    ]) {
      const found = await quickSearch(text);
      const expected = substringMatches(rows, text);
      expect({ text, total: found.total }).toEqual({ text, total: expected.length });
      // One page of 100 holds every match of all but the broadest queries ("1").
      if (expected.length <= 100) expect({ text, ids: found.ids }).toEqual({ text, ids: expected });
    }
  });

  it('keeps the index in step with edits', async () => {
    const res = await as('staff').put(`/api/complaints/${wang.documentId}`, { data: { residentName: '王小虎' } });
    expect(res.status).toBe(200);
    expect((await quickSearch('晓明')).ids).toEqual([]);
    expect((await quickSearch('小虎')).ids).toEqual([wang.documentId]);
  });
});
