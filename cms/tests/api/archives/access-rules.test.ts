import { as } from '../../helpers/api';
import { act, fieldPaths, newArchive, requestAccess, uploadLetter, type Archive } from '../../helpers/archives';

let archive: Archive;
beforeAll(async () => {
  archive = await newArchive();
});

describe('reading an archive (查阅) needs a leader’s consent and a stated purpose', () => {
  it('is approved by the supervisor, who is recorded as the approver with the time', async () => {
    const request = await requestAccess(archive, 'read');
    const res = await as('supervisor').post(
      `/api/archive-loans/${request.documentId}/actions/approve?populate=approver`,
      { data: { decisionNote: '同意' } },
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      status: 'approved',
      approver: { username: 'supervisor' },
      decisionNote: '同意',
    });
    expect(res.body.data.approvedAt).toBeTruthy();
  });

  it('is approved by the director too', async () => {
    const request = await requestAccess(archive, 'read');
    expect((await act('director', request.documentId, 'approve')).body.data.status).toBe('approved');
  });

  it('cannot be approved by the front desk itself', async () => {
    const request = await requestAccess(archive, 'read');
    const res = await act('staff', request.documentId, 'approve');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('您的角色不能执行“批准”');
  });

  it('refuses a request without a purpose', async () => {
    const res = await as('staff').post('/api/archive-loans', {
      data: { archive: archive.documentId, accessType: 'read', requester: '周敏' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['purpose'], message: '请填写查阅目的' }),
    ]);
  });

  it('is finished with 查阅完毕, and cannot be lent out', async () => {
    const request = await requestAccess(archive, 'read');
    await act('supervisor', request.documentId, 'approve');
    const lend = await act('staff', request.documentId, 'lend', { dueAt: '2026-12-01T17:00:00+08:00' });
    expect(lend.status).toBe(400);
    expect(lend.body.error).toMatchObject({
      message: '方式为“查阅”的记录不能“借出”',
      details: { code: 'ACTION_NOT_APPLICABLE' },
    });
    expect((await act('staff', request.documentId, 'complete')).body.data.status).toBe('completed');
  });
});

describe('an outside person (外部人员) needs a letter of introduction', () => {
  it('is refused without the letter and the organisation, each named', async () => {
    const res = await as('staff').post('/api/archive-loans', {
      data: {
        archive: archive.documentId,
        accessType: 'read',
        requesterType: 'external',
        requester: '钱律师',
        purpose: '诉讼取证',
      },
    });
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toEqual(['introductionLetter', 'organisation']);
    expect(
      res.body.error.details.errors.find((e: { path: string[] }) => e.path[0] === 'introductionLetter').message,
    ).toBe('请填写介绍信（外部人员须凭单位介绍信查阅档案）');
  });

  it('is registered with an uploaded letter', async () => {
    const letter = await uploadLetter();
    const request = await requestAccess(archive, 'read', {
      requesterType: 'external',
      requester: '钱律师',
      organisation: '某律师事务所',
      introductionLetter: [letter],
    });
    const shown = await as('staff').get(`/api/archive-loans/${request.documentId}?populate=introductionLetter`);
    expect(shown.body.data.introductionLetter.map((f: { id: number }) => f.id)).toEqual([letter]);
  });

  it('cannot have the letter taken off the record afterwards', async () => {
    const letter = await uploadLetter();
    const request = await requestAccess(archive, 'read', {
      requesterType: 'external',
      requester: '钱律师',
      organisation: '某律师事务所',
      introductionLetter: [letter],
    });
    const res = await as('staff').put(`/api/archive-loans/${request.documentId}`, { data: { introductionLetter: [] } });
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toEqual(['introductionLetter']);
  });

  it('needs no letter for company staff', async () => {
    expect((await requestAccess(archive, 'read', { requesterType: 'internal' })).status).toBe('requested');
  });
});

describe('lending (借出) needs the supervisor’s approval and a due date', () => {
  it('is approved by the supervisor and lent with a due date', async () => {
    const own = await newArchive();
    const request = await requestAccess(own, 'loan');
    expect((await act('supervisor', request.documentId, 'approve')).status).toBe(200);
    const lent = await act('staff', request.documentId, 'lend', { dueAt: '2026-12-01T17:00:00+08:00' });
    expect(lent.body.data).toMatchObject({ status: 'lent', dueAt: '2026-12-01T09:00:00.000Z' });
    const returned = await as('staff').post(
      `/api/archive-loans/${request.documentId}/actions/return?populate=returnHandler`,
      {},
    );
    expect(returned.body.data).toMatchObject({ status: 'returned', returnHandler: { username: 'staff' } });
  });

  it('is not lent without a due date', async () => {
    const request = await requestAccess(archive, 'loan');
    await act('supervisor', request.documentId, 'approve');
    const res = await act('staff', request.documentId, 'lend', {});
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['dueAt'], message: '请填写应还时间' }),
    ]);
  });

  it('is not lent before it is approved', async () => {
    const request = await requestAccess(archive, 'loan');
    const res = await act('staff', request.documentId, 'lend', { dueAt: '2026-12-01T17:00:00+08:00' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('当前状态“待审批”不能执行“借出”');
  });

  it('is refused by a leader with a reason', async () => {
    const request = await requestAccess(archive, 'loan');
    expect(fieldPaths((await act('supervisor', request.documentId, 'reject', {})).body)).toEqual(['decisionNote']);
    const res = await as('supervisor').post(
      `/api/archive-loans/${request.documentId}/actions/reject?populate=approver`,
      { data: { decisionNote: '不外借' } },
    );
    expect(res.body.data).toMatchObject({ status: 'rejected', approver: { username: 'supervisor' } });
  });
});

describe('copying (复制/摘抄/拍照) needs leadership approval and a stated scope', () => {
  it('needs a scope', async () => {
    const res = await as('staff').post('/api/archive-loans', {
      data: { archive: archive.documentId, accessType: 'copy', requester: '周敏', purpose: '合同续签核对' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['scope'], message: '请填写复制范围（复制、摘抄或拍照须写明范围）' }),
    ]);
  });

  it('cannot be approved by the supervisor', async () => {
    const request = await requestAccess(archive, 'copy');
    const res = await act('supervisor', request.documentId, 'approve');
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      message: '复制、摘抄或拍照档案须经公司领导（服务中心主任）批准',
      details: { code: 'APPROVER_ROLE_REQUIRED' },
    });
    expect((await as('staff').get(`/api/archive-loans/${request.documentId}`)).body.data.status).toBe('requested');
  });

  it('is approved by the director, recorded as the approver', async () => {
    const request = await requestAccess(archive, 'copy');
    const res = await as('director').post(
      `/api/archive-loans/${request.documentId}/actions/approve?populate=approver`,
      {},
    );
    expect(res.body.data).toMatchObject({
      status: 'approved',
      approver: { username: 'director' },
      scope: '购房合同第1页复印一份',
    });
  });

  it('cannot lose its scope by an edit', async () => {
    const request = await requestAccess(archive, 'copy');
    const res = await as('staff').put(`/api/archive-loans/${request.documentId}`, { data: { scope: '' } });
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toEqual(['scope']);
  });
});

describe('what was approved stays as approved', () => {
  it('refuses to turn an approved read into a copy, or to swap its archive', async () => {
    const request = await requestAccess(archive, 'read');
    await act('supervisor', request.documentId, 'approve');
    const other = await newArchive();
    const res = await as('staff').put(`/api/archive-loans/${request.documentId}`, {
      data: { accessType: 'copy', scope: '全部', archive: other.documentId },
    });
    expect(res.status).toBe(400);
    expect(fieldPaths(res.body)).toEqual(['accessType', 'archive', 'scope']);
    expect(res.body.error.details.errors.find((e: { path: string[] }) => e.path[0] === 'accessType').message).toBe(
      '记录已“已批准”，方式不能再修改',
    );
  });

  it('lets the desk correct a request before it is decided', async () => {
    const request = await requestAccess(archive, 'read');
    const res = await as('staff').put(`/api/archive-loans/${request.documentId}`, {
      data: { accessType: 'copy', scope: '第1页' },
    });
    expect(res.body.data).toMatchObject({ accessType: 'copy', scope: '第1页' });
  });
});

describe('one archive, one borrower at a time', () => {
  it('lends an archive to one of two approved loans taken at once; the other gets a clear 409', async () => {
    const own = await newArchive();
    const first = await requestAccess(own, 'loan');
    const second = await requestAccess(own, 'loan');
    await act('supervisor', first.documentId, 'approve');
    await act('supervisor', second.documentId, 'approve');
    const results = await Promise.all(
      [first, second].map((r) => act('staff', r.documentId, 'lend', { dueAt: '2026-12-01T17:00:00+08:00' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.body.error.message).toBe(`档案“${own.code}”已借出，归还后才能借出`);
    expect((await as('staff').get(`/api/archives/${own.documentId}`)).body.data.state).toBe('lent');
  });
});
