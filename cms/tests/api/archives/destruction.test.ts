import { as } from '../../helpers/api';
import { act, fieldPaths, newArchive, requestAccess, type Archive } from '../../helpers/archives';

const userId = async (username: string) => {
  const res = await as('admin').get(`/api/records/users?filters[username][$eq]=${username}`);
  return res.body.data[0].documentId as string;
};

const requestDestruction = async (archive: Archive, data: Record<string, unknown> = {}) => {
  const res = await as('admin').post('/api/archive-destructions', {
    data: {
      archive: archive.documentId,
      appraisers: '张主管、陈主任',
      appraisal: '超过保管期限，已电子归档，无继续保存价值',
      ...data,
    },
  });
  if (res.status !== 201) throw new Error(`destruction: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { documentId: string; number: string };
};

const destroy = (documentId: string, data: Record<string, unknown>) =>
  act('admin', documentId, 'destroy', data, 'archive-destructions');

describe('destroying an archive (销毁) needs an appraisal, an approval and two witnesses', () => {
  it('is not registered without the appraisal and who appraised', async () => {
    const archive = await newArchive();
    const res = await as('admin').post('/api/archive-destructions', { data: { archive: archive.documentId } });
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toEqual(['appraisal', 'appraisers']);
    expect(res.body.error.details.errors.find((e: { path: string[] }) => e.path[0] === 'appraisal').message).toBe(
      '请填写鉴定意见',
    );
  });

  it('is numbered XH-… and approved by the director only', async () => {
    const request = await requestDestruction(await newArchive());
    expect(request.number).toMatch(/^XH-\d{8}-\d{4}$/);
    const bySupervisor = await act('supervisor', request.documentId, 'approve', {}, 'archive-destructions');
    expect(bySupervisor.status).toBe(403);
    expect(bySupervisor.body.error.message).toBe('您的角色不能执行“批准销毁”');
    const res = await as('director').post(
      `/api/archive-destructions/${request.documentId}/actions/approve?populate=approver`,
      { data: { decisionNote: '同意销毁' } },
    );
    expect(res.body.data).toMatchObject({ status: 'approved', approver: { username: 'director' } });
  });

  it('is not carried out before it is approved', async () => {
    const request = await requestDestruction(await newArchive());
    const res = await destroy(request.documentId, {
      method: 'shred',
      witness1: await userId('staff'),
      witness2: await userId('supervisor'),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('当前状态“待审批”不能执行“销毁”');
  });

  it('needs the method and two witnesses', async () => {
    const request = await requestDestruction(await newArchive());
    await act('director', request.documentId, 'approve', {}, 'archive-destructions');
    const res = await destroy(request.documentId, {});
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toEqual(['method', 'witness1', 'witness2']);
  });

  it('needs two different people as witnesses', async () => {
    const request = await requestDestruction(await newArchive());
    await act('director', request.documentId, 'approve', {}, 'archive-destructions');
    const staff = await userId('staff');
    const res = await destroy(request.documentId, { method: 'shred', witness1: staff, witness2: staff });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['witness2'], message: '监销人二不能与监销人一相同' }),
    ]);
  });

  it('records the destruction on the archive: 已销毁 with the time, and a step in its history', async () => {
    const archive = await newArchive();
    const request = await requestDestruction(archive);
    await act('director', request.documentId, 'approve', {}, 'archive-destructions');
    const res = await as('admin').post(
      `/api/archive-destructions/${request.documentId}/actions/destroy?populate=witness1,witness2,destroyHandler`,
      {
        data: { method: 'shred', witness1: await userId('staff'), witness2: await userId('supervisor') },
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      status: 'destroyed',
      method: 'shred',
      witness1: { username: 'staff' },
      witness2: { username: 'supervisor' },
      destroyHandler: { username: 'admin' },
    });
    const shown = (await as('admin').get(`/api/archives/${archive.documentId}`)).body.data;
    expect(shown).toMatchObject({ state: 'destroyed', destroyedAt: res.body.data.destroyedAt });
    const history = (await as('admin').get(`/api/archives/${archive.documentId}/history`)).body.data;
    expect(history.at(-1)).toMatchObject({
      action: 'destroy',
      actorName: '系统管理员',
      note: `档案销毁登记 ${request.number}`,
      changes: { state: { from: 'in_place', to: 'destroyed' } },
    });
  });

  it('leaves a destroyed archive impossible to request or lend', async () => {
    const archive = await newArchive();
    const approvedLoan = await requestAccess(archive, 'loan');
    await act('supervisor', approvedLoan.documentId, 'approve');
    const request = await requestDestruction(archive);
    await act('director', request.documentId, 'approve', {}, 'archive-destructions');
    await destroy(request.documentId, {
      method: 'burn',
      witness1: await userId('staff'),
      witness2: await userId('director'),
    });

    const lend = await act('staff', approvedLoan.documentId, 'lend', { dueAt: '2026-12-01T17:00:00+08:00' });
    expect(lend.status).toBe(400);
    expect(lend.body.error).toMatchObject({
      message: `档案“${archive.code}”已销毁，不能借出`,
      details: { code: 'ARCHIVE_DESTROYED' },
    });
    expect((await as('staff').get(`/api/archive-loans/${approvedLoan.documentId}`)).body.data.status).toBe('approved');

    const again = await as('staff').post('/api/archive-loans', {
      data: { archive: archive.documentId, accessType: 'read', requester: '周敏', purpose: '核对' },
    });
    expect(again.status).toBe(400);
    expect(again.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['archive'], message: `档案“${archive.code}”已销毁，不能登记` }),
    ]);
  });

  it('does not destroy an archive that is lent out', async () => {
    const archive = await newArchive();
    const loan = await requestAccess(archive, 'loan');
    await act('supervisor', loan.documentId, 'approve');
    await act('staff', loan.documentId, 'lend', { dueAt: '2026-12-01T17:00:00+08:00' });
    const request = await requestDestruction(archive);
    await act('director', request.documentId, 'approve', {}, 'archive-destructions');
    const res = await destroy(request.documentId, {
      method: 'shred',
      witness1: await userId('staff'),
      witness2: await userId('supervisor'),
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(`档案“${archive.code}”已借出，归还后才能销毁`);
    expect((await as('admin').get(`/api/archives/${archive.documentId}`)).body.data.state).toBe('lent');
  });
});
