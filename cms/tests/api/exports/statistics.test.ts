import { as, departmentByCode } from '../../helpers/api';
import { downloadWorkbook } from '../../helpers/xlsx';
import { keysInCabinet, scheduleCounts } from '../../helpers/keys';

/** A month no other test writes into: every figure below is exact. */
const PERIOD = { from: '2025-03-01', to: '2025-03-31' };

const intake = { channel: 'phone', residentName: '统计', description: '统计用', address: '8栋' };

const act = async (plural: string, id: string, action: string, user: 'staff' | 'supervisor', data: object = {}) => {
  const res = await as(user).post(`/api/${plural}/${id}/actions/${action}`, { data });
  if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
};

const complaint = async (data: Record<string, unknown>, steps: { department?: string; resolve?: string; void?: boolean; agree?: object } = {}) => {
  const created = await as('staff').post('/api/complaints', { data: { ...intake, ...data } });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const id = created.body.data.documentId as string;
  if (steps.agree) await act('complaints', id, 'agreeDeadline', 'supervisor', steps.agree);
  if (steps.department) {
    await act('complaints', id, 'dispatch', 'staff', { department: (await departmentByCode(steps.department)).documentId });
    if (steps.resolve !== undefined) await act('complaints', id, 'accept', 'supervisor');
  }
  if (steps.resolve !== undefined) await act('complaints', id, 'resolve', 'staff', { resolution: '已处理', cause: steps.resolve });
  if (steps.void) await act('complaints', id, 'void', 'staff', { voidReason: '重复登记' });
  return created.body.data as { documentId: string; number: string };
};

describe('the office’s statistics (统计) for a period', () => {
  beforeAll(async () => {
    // On time: 特别复杂, deadline agreed far ahead. Late: 一般 (30 minutes), resolved now.
    await complaint({ receivedAt: '2025-03-03T10:00:00+08:00', complexity: 'very_complex', category: 'engineering' }, { agree: { agreedDueAt: '2030-01-01T00:00:00+08:00', agreedWith: '住户本人', deadlineReason: '需协调' }, department: 'GC', resolve: 'facility' });
    await complaint({ receivedAt: '2025-03-03T15:00:00+08:00', category: 'engineering' }, { department: 'GC', resolve: 'delay' });
    const open = await complaint({ receivedAt: '2025-03-12T09:00:00+08:00', category: 'cleaning' }, { department: 'BJ' });
    await as('staff').put(`/api/complaints/${open.documentId}`, { data: { lateReason: '等待配件' } });
    await complaint({ receivedAt: '2025-03-12T11:00:00+08:00', kind: 'enquiry' });
    await complaint({ receivedAt: '2025-03-20T11:00:00+08:00' }, { void: true });
    await complaint({ receivedAt: '2025-04-01T00:30:00+08:00' });

    const repair = async (data: Record<string, unknown>, department?: string) => {
      const created = await as('staff').post('/api/repair-orders', { data: { ...intake, ...data } });
      if (created.status !== 201) throw new Error(JSON.stringify(created.body));
      if (department) await act('repair-orders', created.body.data.documentId, 'dispatch', 'staff', { department: (await departmentByCode(department)).documentId });
    };
    await repair({ receivedAt: '2025-03-05T08:00:00+08:00', urgency: 'urgent' }, 'GC');
    await repair({ receivedAt: '2025-03-06T08:00:00+08:00', urgency: 'general' });

    // Counts are scheduled per period (March 10 and 11: two daily, one weekly, one monthly) and
    // belong to their period whenever they are finished; the monthly one is left undone.
    const inCabinet = (await keysInCabinet()).map((k) => k.documentId);
    const complete = async (documentId: string, found: string[]) => {
      const res = await as('staff').post(`/api/key-counts/${documentId}/actions/complete`, { data: { foundKeys: found } });
      if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    };
    const march10 = (await scheduleCounts('2025-03-10T01:00:00Z')).filter((c) => c.register === 'key-count');
    const march11 = (await scheduleCounts('2025-03-11T01:00:00Z')).filter((c) => c.register === 'key-count');
    await complete(march10.find((c) => c.slot.startsWith('daily:'))!.documentId, inCabinet.slice(1));
    await complete(march11.find((c) => c.slot.startsWith('daily:'))!.documentId, inCabinet);
    await complete(march10.find((c) => c.slot.startsWith('weekly:'))!.documentId, inCabinet);
  });

  const figures = async () => {
    const res = await as('director').get(`/api/statistics?from=${PERIOD.from}&to=${PERIOD.to}`);
    expect(res.status).toBe(200);
    return res.body.data;
  };

  it('counts work received per month as on time, late and open, voided work left out', async () => {
    const { completion } = await figures();
    expect(completion.month.filter((f: { register: string }) => f.register === 'complaint')).toEqual([
      { register: 'complaint', period: '2025-03', received: 4, onTime: 1, late: 1, open: 2, completionRate: 0.5, onTimeRate: 0.5 },
    ]);
  });

  it('counts per Shanghai day and per ISO week', async () => {
    const { completion } = await figures();
    const pick = (rows: Array<{ register: string; period: string; received: number; open: number }>) =>
      rows.filter((r) => r.register === 'complaint').map((r) => [r.period, r.received, r.open]);
    expect(pick(completion.day)).toEqual([['2025-03-03', 2, 0], ['2025-03-12', 2, 2]]);
    expect(pick(completion.week)).toEqual([['2025-W10', 2, 0], ['2025-W11', 2, 2]]);
  });

  it('lists unfinished work with the reason the department gave', async () => {
    const { unfinished } = await figures();
    const complaints = unfinished.filter((u: { register: string }) => u.register === 'complaint');
    expect(complaints.map((u: { department: string | null; reason: string | null; daysOpen: number }) => [u.department, u.reason, u.daysOpen])).toEqual([
      ['保洁部', '等待配件', 19],
      [null, null, 19],
    ]);
  });

  it('makes the 投诉统计表: complaints by category, department and cause', async () => {
    const { complaints } = await figures();
    expect(complaints.total).toBe(3);
    expect(complaints.byCategory).toEqual([
      { key: 'engineering', label: '工程维修', count: 2 },
      { key: 'cleaning', label: '环境卫生', count: 1 },
    ]);
    expect(complaints.byDepartment).toEqual([
      { key: 'GC', label: '工程部', count: 2 },
      { key: 'BJ', label: '保洁部', count: 1 },
    ]);
    expect(complaints.byCause.map((c: { label: string; count: number }) => [c.label, c.count])).toEqual([
      ['处理不及时', 1],
      ['未填写', 1],
      ['设施设备', 1],
    ]);
  });

  it('counts repairs by urgency and department', async () => {
    const { repairs } = await figures();
    expect(repairs.total).toBe(2);
    expect(repairs.byUrgency.map((c: { key: string; count: number }) => [c.key, c.count]).sort()).toEqual([['general', 1], ['urgent', 1]]);
    expect(repairs.byDepartment.map((c: { label: string; count: number }) => [c.label, c.count]).sort()).toEqual([['工程部', 1], ['未派单', 1]]);
  });

  it('counts key counts per kind with those that found keys missing', async () => {
    const { keys } = await figures();
    expect(keys.counts).toEqual([
      { kind: 'daily', label: '每日小点', counts: 2, withMissing: 1, missingKeys: 1 },
      { kind: 'weekly', label: '每周大点', counts: 1, withMissing: 0, missingKeys: 0 },
      { kind: 'monthly', label: '每月全盘点', counts: 0, withMissing: 0, missingKeys: 0 },
    ]);
  });

  it('takes the callback figures from the callbacks plugin, the same numbers as its own route', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const res = await as('director').get(`/api/statistics?from=${today}&to=${today}`);
    expect(res.status).toBe(200);
    const from = new Date(`${today}T00:00:00+08:00`);
    const to = new Date(from.getTime() + 86_400_000);
    const own = await as('director').get(`/api/callback-figures?from=${from.toISOString()}&to=${to.toISOString()}&granularity=month`);
    expect(res.body.data.callbacks).toEqual({ available: true, rows: own.body.data });
    const { callbacks } = await figures();
    expect(callbacks).toEqual({ available: true, rows: [] });
  });

  it('writes the same figures into the workbook, one sheet per topic with totals', async () => {
    const { res, workbook } = await downloadWorkbook('director', '/api/statistics/workbook.xlsx', PERIOD);
    expect(res.status).toBe(200);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['完成率', '未完成工单', '投诉统计', '报修统计', '回访', '钥匙', '档案借阅']);
    const completion = workbook.getWorksheet('完成率')!;
    const monthRow = completion.getRow(5).values as unknown[];
    expect(monthRow.slice(1, 9)).toEqual(['客户诉求', '2025-03', 4, 1, 1, 2, 0.5, 0.5]);
    const complaints = workbook.getWorksheet('投诉统计')!;
    const cells: unknown[] = [];
    complaints.eachRow((row) => cells.push((row.values as unknown[]).slice(1, 3)));
    expect(cells).toContainEqual(['工程维修', 2]);
    expect(cells).toContainEqual(['合计', 3]);
    expect(workbook.getWorksheet('回访')!.getCell(1, 1).value).toContain('回访（2025-03-01 ~ 2025-03-31）');
  });

  it('is for managers: a department head may not see the whole office’s figures', async () => {
    expect((await as('dept-head').get(`/api/statistics?from=${PERIOD.from}&to=${PERIOD.to}`)).status).toBe(403);
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await as('director').get('/api/statistics?from=2025-03-31&to=2025-03-01');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('统计期间的开始日期不能晚于结束日期');
  });
});
