import type { FormDefinition } from '@wuyedesk/contracts';
import { as, departmentByCode, firstOf } from '../../helpers/api';
import { clockOf, later, minutes, outboxOf, runScheduler } from '../../helpers/deadlines';
import { publish, renovationForm } from '../../helpers/forms';
import { dataRows, downloadWorkbook, headersOf } from '../../helpers/xlsx';

/** Unique per run: the text this suite searches and filters for matches only its own records. */
const RUN = `R${Date.now().toString(36).toUpperCase()}`;
const FORM_KEY = 'renovation-core';

type Created = { documentId: string; number: string } & Record<string, unknown>;

/**
 * One register of each kind, described by what the suite needs to know about it: how a record
 * of a department is made, which text field is searched, filtered and sorted on, and which field
 * a condition hides. Everything else — the calls, the expectations — is the same for both.
 */
interface Case {
  title: string;
  key: string;
  base: string;
  plural: string;
  textField: string;
  setUp(): Promise<void>;
  /** A record in the department with this code, whose text field holds `text`; `extra`: more values. */
  make(departmentCode: string, text: string, extra?: Record<string, unknown>): Promise<Created>;
  /** A record whose `hiddenField` was given a value and is now hidden by its condition. */
  makeHidden(text: string): Promise<Created>;
  hiddenField: string;
}

const complaintCase: Case = {
  title: '客户诉求 (a built-in register)',
  key: 'complaint',
  base: '/api/complaints',
  plural: 'complaints',
  textField: 'residentName',
  hiddenField: 'agreedWith',
  // 约定人 is kept only on a 特别复杂 complaint, and written only by the 约定时限 step: recorded
  // on a 特别复杂 one, then the complaint is reclassified before dispatch, which hides it.
  async makeHidden(text) {
    const created = await as('staff').post('/api/complaints', {
      data: { channel: 'phone', residentName: text, residentPhone: '13911112222', description: '楼道灯不亮', address: '3栋2单元', complexity: 'very_complex' },
    });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId as string;
    const agreed = await as('supervisor').post(`/api/complaints/${id}/actions/agreeDeadline`, {
      data: { agreedDueAt: new Date(Date.now() + 86_400_000).toISOString(), agreedWith: '住户本人', deadlineReason: '住户出差，约定回来后处理' },
    });
    expect(agreed.status).toBe(200);
    expect(agreed.body.data.agreedWith).toBe('住户本人');
    expect((await as('staff').put(`/api/complaints/${id}`, { data: { complexity: 'general' } })).status).toBe(200);
    return created.body.data as Created;
  },
  async setUp() {},
  async make(departmentCode, text, extra = {}) {
    const created = await as('staff').post('/api/complaints', {
      data: { channel: 'phone', residentName: text, residentPhone: '13911112222', description: '楼道灯不亮', address: '3栋2单元', ...extra },
    });
    expect(created.status).toBe(201);
    const department = (await departmentByCode(departmentCode)).documentId;
    const dispatched = await as('staff').post(`/api/complaints/${created.body.data.documentId}/actions/dispatch`, { data: { department } });
    expect(dispatched.status).toBe(200);
    return created.body.data as Created;
  },
};

/** 装修申请 with a 押金单号 marked 可筛选 and a 所属部门 that limits a department head to his own. */
const coreForm = (): FormDefinition => {
  const base = renovationForm(FORM_KEY, 'ZK');
  return {
    ...base,
    departmentField: 'f_dept',
    permissions: [...base.permissions, { role: 'dept-head', can: ['see'], scope: 'own-department' }],
    fields: [
      ...base.fields,
      { name: 'f_receipt', type: 'string', label: { 'zh-CN': '押金单号', en: 'Deposit receipt' }, maxLength: 40, filterable: true, section: 'works' },
      { name: 'f_dept', type: 'relation', target: 'department', label: { 'zh-CN': '所属部门', en: 'Department' }, section: 'works' },
    ],
  };
};

const formCase: Case = {
  title: '装修申请 (a form type designed in the panel)',
  key: FORM_KEY,
  base: `/api/forms/entries/${FORM_KEY}`,
  plural: `form-${FORM_KEY}`,
  textField: 'f_receipt',
  hiddenField: 'f_crewname',
  // 施工队名称 is asked for only when an outside crew works: given with 无外来施工队, it is not kept.
  async makeHidden(text) {
    return this.make('GC', text, { f_crew: false, f_crewname: '鲁班装饰' });
  },
  async setUp() {
    const res = await publish(coreForm());
    expect(res.status).toBe(201);
  },
  async make(departmentCode, text, extra = {}) {
    const unit = (await firstOf('units')).documentId;
    const department = (await departmentByCode(departmentCode)).documentId;
    const created = await as('staff').post(`/api/forms/entries/${FORM_KEY}`, {
      data: { f_unit: unit, f_owner: '王建国', f_deposit: 3000, f_kind: 'full', f_receipt: text, f_dept: department, ...extra },
    });
    expect(created.status).toBe(201);
    return created.body.data as Created;
  },
};

const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe.each([complaintCase, formCase])('one store: $title', (c) => {
  let ours: Created;
  let theirs: Created;
  let policyId: number;

  beforeAll(async () => {
    await c.setUp();
    // A clock that reaches the record's department head: reads the department from either store.
    const policy = await as('admin').post('/api/deadlines/settings/policies', {
      data: {
        name: `核心测试 ${c.key}`, register: c.key, clock: 'core-suite', startOn: 'created', amount: 1, unit: 'hours',
        escalation: [{ level: 1, afterMinutes: 0, notify: 'department-head' }], setsRecordDueAt: false,
      },
    });
    expect(policy.status).toBe(200);
    policyId = policy.body.data.id;
    ours = await c.make('GC', `${RUN}-B-工程`);
    theirs = await c.make('AG', `${RUN}-A-安管`);
  });

  afterAll(async () => {
    await as('admin').put(`/api/deadlines/settings/policies/${policyId}`, { data: { active: false } });
  });

  it('limits a department head to his department’s records, in the list and one by one', async () => {
    const list = await as('dept-head').get(`${c.base}${query({ [`filters[${c.textField}][$startsWith]`]: RUN })}`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((r: Created) => r.number)).toEqual([ours.number]);
    expect((await as('dept-head').get(`${c.base}/${ours.documentId}`)).status).toBe(200);
    expect((await as('dept-head').get(`${c.base}/${theirs.documentId}`)).status).toBe(404);
    expect((await as('dept-head').get(`${c.base}/${theirs.documentId}/history`)).status).toBe(404);
  });

  it('filters and sorts on a field, and finds a record by it in the search box', async () => {
    const sorted = await as('staff').get(`${c.base}${query({ [`filters[${c.textField}][$startsWith]`]: RUN, sort: `${c.textField}:asc` })}`);
    expect(sorted.status).toBe(200);
    expect(sorted.body.data.map((r: Created) => r.number)).toEqual([theirs.number, ours.number]);
    const descending = await as('staff').get(`${c.base}${query({ [`filters[${c.textField}][$startsWith]`]: RUN, sort: `${c.textField}:desc` })}`);
    expect(descending.body.data.map((r: Created) => r.number)).toEqual([ours.number, theirs.number]);

    // The panel's search box: every search field of the register's description, OR-ed.
    const registers = await as('staff').get('/api/records/registers');
    const searchFields = (registers.body.data as Array<{ key: string; searchFields: string[] }>).find((r) => r.key === c.key)?.searchFields ?? [];
    expect(searchFields).toContain(c.textField);
    const search = Object.fromEntries(searchFields.map((field, i) => [`filters[$or][${i}][${field.replace('.', '][')}][$containsi]`, `${RUN}-b-工程`]));
    const found = await as('staff').get(`${c.base}${query(search)}`);
    expect(found.status).toBe(200);
    expect(found.body.data.map((r: Created) => r.number)).toEqual([ours.number]);
  });

  it('exports what the list shows to each role: all for staff, his department’s for the department head', async () => {
    const params = { filters: { [c.textField]: { $startsWith: RUN } }, sort: `${c.textField}:asc`, columns: `number,${c.textField}` };
    const staff = await downloadWorkbook('staff', `/api/exports/${c.plural}.xlsx`, params);
    expect(staff.res.status).toBe(200);
    expect(headersOf(staff.workbook.worksheets[0])[0]).toBe('编号');
    expect(dataRows(staff.workbook.worksheets[0]).map((r) => r[0].value)).toEqual([theirs.number, ours.number]);
    const head = await downloadWorkbook('dept-head', `/api/exports/${c.plural}.xlsx`, params);
    expect(head.res.status).toBe(200);
    expect(dataRows(head.workbook.worksheets[0]).map((r) => r[0].value)).toEqual([ours.number]);
  });

  it('writes every change on the record’s history', async () => {
    const changed = await as('supervisor').put(`${c.base}/${ours.documentId}`, { data: { [c.textField]: `${RUN}-B-工程-改` } });
    expect(changed.status).toBe(200);
    const history = await as('supervisor').get(`${c.base}/${ours.documentId}/history`);
    expect(history.status).toBe(200);
    const steps = history.body.data as Array<{ action: string; changes: Record<string, { from: unknown; to: unknown }> | null }>;
    expect(steps[0].action).toBe('create');
    expect(steps.at(-1)).toEqual(expect.objectContaining({
      action: 'update',
      changes: { [c.textField]: { from: `${RUN}-B-工程`, to: `${RUN}-B-工程-改` } },
    }));
  });

  it('fires a deadline to the head of the record’s department', async () => {
    const clock = await clockOf(c.key, ours.documentId, 'core-suite');
    expect(clock.state).toBe('running');
    const fired = await runScheduler(later(String(clock.dueAt), minutes(1)));
    // Its other clocks (a complaint's handling clock) may fire too; this one reaches the department.
    expect(fired.filter((f) => f.recordId === ours.documentId && f.clock === 'core-suite')).toEqual([
      expect.objectContaining({ clock: 'core-suite', step: 'level-1', outcome: 'notified', recipients: ['gc@wuyedesk.local'] }),
    ]);
    expect((await outboxOf(clock.id)).map((m) => m.to)).toEqual(['gc@wuyedesk.local']);
  });

  it('does not store a value of a field its condition hides', async () => {
    const record = await c.makeHidden(`${RUN}-C-隐藏`);
    const read = await as('supervisor').get(`${c.base}/${record.documentId}`);
    expect(read.status).toBe(200);
    expect(read.body.data[c.hiddenField] ?? null).toBeNull();
  });
});
