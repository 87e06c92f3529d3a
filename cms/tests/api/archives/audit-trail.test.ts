import { anonymous, as } from '../../helpers/api';
import { act, newArchive, requestAccess } from '../../helpers/archives';
import { DEFAULT_DEMO_PASSWORD } from '../../../src/seed/users';

interface StepRow {
  id: number;
  documentId: string;
  register: string;
  recordId: string;
  action: string;
  actorName: string | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  at: string;
}

const stepsOf = async (recordId: string): Promise<StepRow[]> => {
  const res = await as('admin').get(
    `/api/record-steps?filters[recordId][$eq]=${recordId}&sort[0]=at:asc&sort[1]=id:asc`,
  );
  expect(res.status).toBe(200);
  return res.body.data;
};

describe('the audit trail of every register (审计日志)', () => {
  it('records who edited which field, from what to what, and when', async () => {
    const archive = await newArchive();
    const before = Date.now();
    const edit = await as('admin').put(`/api/archives/${archive.documentId}`, {
      data: { location: '档案室 3 号柜', title: archive.code },
    });
    expect(edit.status).toBe(200);
    const last = (await stepsOf(archive.documentId)).at(-1)!;
    expect(last).toMatchObject({
      register: 'archive',
      action: 'update',
      actorName: '系统管理员',
      changes: {
        location: { from: '档案室 9 号柜', to: '档案室 3 号柜' },
        title: { from: `测试档案 ${archive.code}`, to: archive.code },
      },
    });
    expect(new Date(last.at).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('starts with the initial values of a new record', async () => {
    const archive = await newArchive('confidential');
    const [created] = await stepsOf(archive.documentId);
    expect(created).toMatchObject({
      action: 'create',
      actorName: '系统管理员',
      changes: expect.objectContaining({
        code: { from: null, to: archive.code },
        confidentiality: { from: null, to: 'confidential' },
        state: { from: null, to: 'in_place' },
      }),
    });
  });

  it('records approvals, loans and returns with the approver, stamps and state changes', async () => {
    const archive = await newArchive();
    const loan = await requestAccess(archive, 'loan');
    await act('supervisor', loan.documentId, 'approve', { decisionNote: '同意' });
    await act('staff', loan.documentId, 'lend', { dueAt: '2026-12-01T17:00:00+08:00' });
    await act('staff', loan.documentId, 'return');
    const steps = await stepsOf(loan.documentId);
    expect(steps.map((s) => [s.action, s.actorName])).toEqual([
      ['create', '王芳'],
      ['approve', '张主管'],
      ['lend', '王芳'],
      ['return', '王芳'],
    ]);
    expect(steps[1].changes).toMatchObject({
      status: { from: 'requested', to: 'approved' },
      decisionNote: { from: null, to: '同意' },
      approver: { from: null },
    });
    expect(steps[1].changes?.approvedAt?.to).toEqual(expect.any(String));
    expect(steps[2].changes).toMatchObject({
      status: { from: 'approved', to: 'lent' },
      dueAt: { from: null, to: '2026-12-01T09:00:00.000Z' },
    });
    expect(Object.keys(steps[3].changes ?? {}).sort()).toEqual(['returnHandler', 'returnedAt', 'status']);
    // The archive's own trail shows it going out and coming back.
    const archiveSteps = await stepsOf(archive.documentId);
    expect(archiveSteps.slice(1).map((s) => [s.action, s.changes?.state])).toEqual([
      ['lend', { from: 'in_place', to: 'lent' }],
      ['return', { from: 'lent', to: 'in_place' }],
    ]);
  });

  it('names related records and people in a record’s history in words', async () => {
    const archive = await newArchive();
    const loan = await requestAccess(archive, 'read');
    await act('supervisor', loan.documentId, 'approve');
    const history = (await as('supervisor').get(`/api/archive-loans/${loan.documentId}/history`)).body.data;
    const approve = history.find((s: { action: string }) => s.action === 'approve');
    const approverId = String(approve.changes.approver.to);
    expect(approve.labels.approver[approverId]).toBe('张主管');
    expect(approve.labels.archive[archive.documentId]).toBe(archive.code);
  });

  it('is readable by the director and the administrator only', async () => {
    expect((await as('director').get('/api/record-steps?pagination[pageSize]=1')).status).toBe(200);
    for (const user of ['staff', 'dept-head', 'supervisor'] as const) {
      expect((await as(user).get('/api/record-steps?pagination[pageSize]=1')).status).toBe(403);
    }
    expect((await anonymous().get('/api/record-steps')).status).toBe(403);
  });
});

describe('the audit trail cannot be altered', () => {
  let target: StepRow;
  let snapshot: StepRow[];

  beforeAll(async () => {
    const archive = await newArchive();
    await as('admin').put(`/api/archives/${archive.documentId}`, { data: { location: '档案室 1 号柜' } });
    snapshot = await stepsOf(archive.documentId);
    target = snapshot.at(-1)!;
  });

  afterEach(async () => {
    expect(await stepsOf(target.recordId)).toEqual(snapshot);
  });

  it.each(['admin', 'director'] as const)('refuses %s a PUT, a DELETE and a POST through the API', async (user) => {
    const put = await as(user).put(`/api/record-steps/${target.documentId}`, {
      data: { actorName: '别人', changes: {} },
    });
    const del = await as(user).delete(`/api/record-steps/${target.documentId}`);
    const post = await as(user).post('/api/record-steps', {
      data: { register: 'archive', recordId: target.recordId, action: 'update', at: new Date().toISOString() },
    });
    expect([put.status, del.status, post.status]).toEqual([405, 405, 405]);
  });

  it('refuses the history route a write too', async () => {
    expect((await as('admin').delete(`/api/archives/${target.recordId}/history`)).status).toBe(405);
    expect((await as('admin').put(`/api/archives/${target.recordId}/history`, { data: {} })).status).toBe(405);
  });

  it('leaves no content manager to edit or delete a step in: Strapi\'s admin API is closed', async () => {
    const base = `/content-manager/collection-types/plugin::records.step/${target.documentId}`;
    const login = await anonymous().post('/admin/login').send({ email: 'admin@wuyedesk.local', password: DEFAULT_DEMO_PASSWORD });
    const put = await anonymous().put(base).send({ actorName: '别人' });
    const del = await anonymous().delete(base);
    expect([login.status, put.status, del.status]).toEqual([404, 404, 404]);
  });

  it('refuses every update and delete below the routes: query engine and document service alike', async () => {
    const res = await anonymous().post('/api/records/test/alter-step').send({ documentId: target.documentId });
    expect(res.body.data).toEqual({
      queryUpdate: 'AUDIT_LOG_IMMUTABLE',
      queryUpdateMany: 'AUDIT_LOG_IMMUTABLE',
      queryDelete: 'AUDIT_LOG_IMMUTABLE',
      queryDeleteMany: 'AUDIT_LOG_IMMUTABLE',
      documentUpdate: 'AUDIT_LOG_IMMUTABLE',
      documentDelete: 'AUDIT_LOG_IMMUTABLE',
    });
  });
});
