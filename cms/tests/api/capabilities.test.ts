import { DEFAULT_CAPABILITY_GRANTS } from '@wuyedesk/contracts';
import { as } from '../helpers/api';
import { newArchive, type Archive } from '../helpers/archives';
import { keyNo, lend, userId } from '../helpers/keys';

/**
 * 岗位权限: who may approve a key loan, who sees 机密 files, who edits the rules — data the
 * administrator changes at run time, not role names in code (docs/access.md).
 */
const saveGrants = (grants: Record<string, unknown>, headers: Record<string, string> = {}) =>
  as('admin', headers).put('/api/records/capabilities', { data: { grants } });

afterEach(async () => {
  expect((await saveGrants(DEFAULT_CAPABILITY_GRANTS)).status).toBe(200);
});

describe('role capabilities (岗位权限)', () => {
  it('are read and changed only by the holders of capabilities.edit', async () => {
    expect((await as('staff').get('/api/records/capabilities')).status).toBe(403);
    expect((await as('supervisor').put('/api/records/capabilities', { data: { grants: {} } })).status).toBe(403);
    const res = await as('admin').get('/api/records/capabilities');
    expect(res.status).toBe(200);
    expect(res.body.data.grants['key-loans.approve-repair']).toEqual([{ role: 'dept-head', departmentCode: 'GC' }, { role: 'director' }]);
    expect(res.body.data.capabilities.map((c: { key: string }) => c.key)).toContain('confidential.read');
  });

  it('tell the panel what the signed-in role holds', async () => {
    expect((await as('admin').get('/api/records/me')).body.data.capabilities).toEqual(
      expect.arrayContaining(['capabilities.edit', 'forms.design', 'deadline-settings.edit']),
    );
    expect((await as('dept-head').get('/api/records/me')).body.data.capabilities).toEqual(['key-loans.approve-repair']);
  });

  it('refuse to leave nobody able to change them, on the item, in the asked language', async () => {
    const zh = await saveGrants({ 'capabilities.edit': [] });
    expect(zh.status).toBe(400);
    expect(zh.body.error.details.errors).toEqual([expect.objectContaining({ path: ['grants', 'capabilities.edit'], message: '至少要有一个岗位能设置岗位权限' })]);
    const en = await saveGrants({ 'forms.design': [{ role: 'janitor' }] }, { 'Accept-Language': 'en' });
    expect(en.status).toBe(400);
    expect(en.body.error.details.errors[0].message).toBe('"Design form types" names a role that does not exist');
  });

  describe('once changed', () => {
    let secret: Archive;
    beforeAll(async () => {
      secret = await newArchive('confidential');
    });

    it('let staff see a 机密 archive when cleared, and hide it again when not', async () => {
      expect((await as('staff').get(`/api/archives/${secret.documentId}`)).status).toBe(404);
      await saveGrants({ 'confidential.read': [...DEFAULT_CAPABILITY_GRANTS['confidential.read'], { role: 'staff' }] });
      expect((await as('staff').get(`/api/archives/${secret.documentId}`)).body.data.code).toBe(secret.code);
      await saveGrants(DEFAULT_CAPABILITY_GRANTS);
      expect((await as('staff').get(`/api/archives/${secret.documentId}`)).status).toBe(404);
    });

    it('move 时限设置 to another role: its routes follow at once', async () => {
      expect((await as('supervisor').get('/api/deadlines/settings/policies')).status).toBe(403);
      await saveGrants({ 'deadline-settings.edit': [{ role: 'supervisor' }] });
      expect((await as('supervisor').get('/api/deadlines/settings/policies')).status).toBe(200);
      expect((await as('admin').get('/api/deadlines/settings/policies')).status).toBe(403);
    });

    it('move the form designer to another role', async () => {
      await saveGrants({ 'forms.design': [{ role: 'supervisor' }] });
      expect((await as('supervisor').get('/api/forms/types')).status).toBe(200);
      const refused = await as('admin').get('/api/forms/types');
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe('您的岗位没有“设计表单”权限');
    });

    it('let the supervisor approve an "other" key loan once granted, and name the new approvers in the refusal', async () => {
      const supervisor = await userId('supervisor');
      const key = await keyNo(41);
      const before = await lend(key, { purpose: 'other', approver: supervisor });
      expect(before.status).toBe(400);
      expect(before.body.error.details.errors[0].message).toContain('物业经理（服务中心主任）');
      await saveGrants({ 'key-loans.approve-other': [{ role: 'supervisor' }] });
      const director = await lend(key, { purpose: 'other', approver: await userId('director') });
      expect(director.status).toBe(400);
      expect(director.body.error.details.errors[0].message).toContain('须由客服主管审批');
      const granted = await lend(key, { purpose: 'other', approver: supervisor });
      expect(granted.status).toBe(201);
      expect((await as('staff').post(`/api/key-loans/${granted.body.data.documentId}/actions/return`, { data: { returnedBy: '吴师傅' } })).status).toBe(200);
    });
  });
});
