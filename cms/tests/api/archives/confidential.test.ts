import { as, type DemoUser } from '../../helpers/api';
import { act, newArchive, requestAccess, type Archive } from '../../helpers/archives';
import { dataRows, downloadWorkbook, headersOf } from '../../helpers/xlsx';

/** 机密 archives are seen by the supervisor, the director and the administrator only (archive.ts). */
const CLEARED: DemoUser[] = ['supervisor', 'director', 'admin'];
const NOT_CLEARED: DemoUser[] = ['staff', 'dept-head'];

let secret: Archive;
let open: Archive;
let secretLoan: string;
let openLoan: string;

beforeAll(async () => {
  secret = await newArchive('confidential');
  open = await newArchive('normal');
  // Requests about a confidential file are taken by the supervisor, who has clearance.
  secretLoan = (await requestAccess(secret, 'read', {}, 'supervisor')).documentId;
  openLoan = (await requestAccess(open, 'read')).documentId;
});

const listed = async (user: DemoUser, url: string) => {
  const res = await as(user).get(url);
  expect(res.status).toBe(200);
  return (res.body.data as Array<{ documentId: string }>).map((r) => r.documentId);
};

describe('confidential archives (机密) are invisible without clearance', () => {
  it.each(NOT_CLEARED)('%s does not find one in the archive list, nor by quick search', async (user) => {
    const all = await listed(user, '/api/archives?pagination[pageSize]=100&sort=id:desc');
    expect(all).toContain(open.documentId);
    expect(all).not.toContain(secret.documentId);
    expect(
      await listed(
        user,
        `/api/archives?filters[$or][0][code][$containsi]=${secret.code}&filters[$or][1][title][$containsi]=${secret.code}`,
      ),
    ).toEqual([]);
  });

  it.each(CLEARED)('%s finds it in the list and by quick search', async (user) => {
    expect(await listed(user, `/api/archives?filters[$or][0][code][$containsi]=${secret.code}`)).toEqual([
      secret.documentId,
    ]);
  });

  it.each(NOT_CLEARED)('%s gets 404 for its page and its history, as if it did not exist', async (user) => {
    expect((await as(user).get(`/api/archives/${secret.documentId}`)).status).toBe(404);
    expect((await as(user).get(`/api/archives/${secret.documentId}/history`)).status).toBe(404);
  });

  it.each(CLEARED)('%s opens its page', async (user) => {
    expect((await as(user).get(`/api/archives/${secret.documentId}`)).body.data.code).toBe(secret.code);
  });

  it('leaves them out of the Excel export of staff, and of its loans, but not of the supervisor', async () => {
    const codesIn = async (user: DemoUser) => {
      const { res, workbook } = await downloadWorkbook(user, '/api/exports/archives.xlsx', { columns: 'code,title' });
      expect(res.status).toBe(200);
      const sheet = workbook.worksheets[0];
      expect(headersOf(sheet)[0]).toBe('档案编号');
      return dataRows(sheet).map((row) => row[0].value);
    };
    expect(await codesIn('staff')).toEqual(expect.arrayContaining([open.code]));
    expect(await codesIn('staff')).not.toContain(secret.code);
    expect(await codesIn('supervisor')).toEqual(expect.arrayContaining([open.code, secret.code]));
    const loans = await downloadWorkbook('staff', '/api/exports/archive-loans.xlsx', { columns: 'number,archive' });
    const archivesLent = dataRows(loans.workbook.worksheets[0]).map((row) => String(row[1].value));
    expect(archivesLent).not.toContain(secret.code);
  });

  it('cannot be filtered for by its confidentiality either', async () => {
    expect(await listed('staff', '/api/archives?filters[confidentiality][$eq]=confidential')).toEqual([]);
  });

  it('does not show in the relation picker, and cannot be chosen by id', async () => {
    // The panel's picker lists /api/archives with a search: the same scope applies.
    expect(
      await listed('staff', `/api/archives?filters[code][$containsi]=${secret.code}&pagination[pageSize]=20`),
    ).toEqual([]);
    const res = await as('staff').post('/api/archive-loans', {
      data: { archive: secret.documentId, accessType: 'read', requester: '周敏', purpose: '核对' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['archive'], message: '找不到所选的档案' }),
    ]);
  });
});

describe('access records about a confidential archive are confidential too', () => {
  it('hides them from staff in the list, by search and on their page', async () => {
    const rows = await listed('staff', '/api/archive-loans?pagination[pageSize]=100&sort=id:desc');
    expect(rows).toContain(openLoan);
    expect(rows).not.toContain(secretLoan);
    const number = (await as('supervisor').get(`/api/archive-loans/${secretLoan}`)).body.data.number;
    expect(await listed('staff', `/api/archive-loans?filters[number][$eq]=${number}`)).toEqual([]);
    expect((await as('staff').get(`/api/archive-loans/${secretLoan}`)).status).toBe(404);
    expect((await as('staff').get(`/api/archive-loans/${secretLoan}/history`)).status).toBe(404);
  });

  it('does not let staff act on them', async () => {
    expect((await act('staff', secretLoan, 'void')).status).toBe(404);
  });

  it.each(['supervisor', 'director'] as DemoUser[])('shows them to %s', async (user) => {
    expect(await listed(user, '/api/archive-loans?pagination[pageSize]=100&sort=id:desc')).toContain(secretLoan);
  });

  it('follows the archive when it is marked 机密 later: its loans disappear for staff', async () => {
    const archive = await newArchive('normal');
    const loan = await requestAccess(archive, 'read');
    expect((await as('staff').get(`/api/archive-loans/${loan.documentId}`)).status).toBe(200);
    await as('admin').put(`/api/archives/${archive.documentId}`, { data: { confidentiality: 'confidential' } });
    expect((await as('staff').get(`/api/archive-loans/${loan.documentId}`)).status).toBe(404);
    expect((await as('supervisor').get(`/api/archive-loans/${loan.documentId}`)).status).toBe(200);
  });
});

describe('the audit log keeps the confidentiality of what it records', () => {
  it('marks the steps of a confidential archive and of its loans confidential', async () => {
    const steps = await as('director').get(
      `/api/record-steps?filters[recordId][$in][0]=${secret.documentId}&filters[recordId][$in][1]=${secretLoan}`,
    );
    expect(steps.body.data.length).toBeGreaterThanOrEqual(2);
    expect(steps.body.data.every((s: { confidentiality: string }) => s.confidentiality === 'confidential')).toBe(true);
  });

  it('re-marks the history when an archive becomes confidential', async () => {
    const archive = await newArchive('normal');
    const loan = await requestAccess(archive, 'read');
    await as('admin').put(`/api/archives/${archive.documentId}`, { data: { confidentiality: 'confidential' } });
    const steps = await as('admin').get(
      `/api/record-steps?filters[recordId][$in][0]=${archive.documentId}&filters[recordId][$in][1]=${loan.documentId}`,
    );
    expect(steps.body.data.map((s: { confidentiality: string }) => s.confidentiality)).toEqual([
      'confidential',
      'confidential',
      'confidential',
    ]);
  });
});
