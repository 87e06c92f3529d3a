import { anonymous, as, departmentByCode } from '../helpers/api';
import { DEFAULT_DEMO_PASSWORD } from '../../src/seed/users';

const dispatchedTo = async (departmentCode: string, residentName: string) => {
  const department = await departmentByCode(departmentCode);
  const created = await as('staff').post('/api/complaints', {
    data: { channel: 'phone', residentName, description: `交给${departmentCode}`, address: '3栋' },
  });
  await as('staff').post(`/api/complaints/${created.body.data.documentId}/actions/dispatch`, {
    data: { department: department.documentId },
  });
  return created.body.data.documentId as string;
};

type Row = { documentId: string; department?: { documentId: string } | null };

/** Every complaint with its department, read without any relation filter (the reference). */
const allComplaints = async (): Promise<Row[]> => {
  const rows: Row[] = [];
  for (let page = 1; ; page++) {
    const res = await as('supervisor').get(
      `/api/complaints?populate=department&pagination[page]=${page}&pagination[pageSize]=100`,
    );
    rows.push(...(res.body.data as Row[]));
    if (page >= res.body.meta.pagination.pageCount) return rows;
  }
};

describe('relation filters and the department scope (answered from the link table)', () => {
  let gc: string;
  let bj: string;
  beforeAll(async () => {
    gc = (await departmentByCode('GC')).documentId;
    bj = (await departmentByCode('BJ')).documentId;
    await dispatchedTo('GC', '范晓');
    await dispatchedTo('GC', '范晓');
    await dispatchedTo('BJ', '范晓');
  });

  it('finds exactly the rows of a department and counts them exactly', async () => {
    const expected = (await allComplaints())
      .filter((r) => r.department?.documentId === gc)
      .map((r) => r.documentId)
      .sort();
    const res = await as('staff').get(
      `/api/complaints?filters[department][documentId][$eq]=${gc}&pagination[pageSize]=100`,
    );
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination.total).toBe(expected.length);
    expect(res.body.data.map((r: Row) => r.documentId).sort()).toEqual(expected);
  });

  it('keeps the rest of the filter: a relation inside $or, $and and $in', async () => {
    const all = await allComplaints();
    const inEither = all.filter((r) => [gc, bj].includes(r.department?.documentId ?? '')).length;
    const inList = await as('staff').get(
      `/api/complaints?filters[department][documentId][$in][0]=${gc}&filters[department][documentId][$in][1]=${bj}`,
    );
    expect(inList.body.meta.pagination.total).toBe(inEither);
    const either = await as('staff').get(
      `/api/complaints?filters[$or][0][department][documentId][$eq]=${gc}&filters[$or][1][department][documentId][$eq]=${bj}`,
    );
    expect(either.body.meta.pagination.total).toBe(inEither);
    const both = await as('staff').get(
      `/api/complaints?filters[$and][0][department][documentId][$eq]=${gc}&filters[$and][1][residentName][$eq]=范晓`,
    );
    expect(both.body.meta.pagination.total).toBe(2);
    const none = await as('staff').get(
      `/api/complaints?filters[department][documentId][$eq]=${gc}&filters[department][code][$eq]=BJ`,
    );
    expect(none.body.meta.pagination.total).toBe(0);
  });

  it('gives a department head exactly their department’s rows, with the exact count, whatever they filter', async () => {
    const expected = (await allComplaints()).filter((r) => r.department?.documentId === gc).length;
    const own = await as('dept-head').get('/api/complaints?pagination[pageSize]=1');
    expect(own.body.meta.pagination.total).toBe(expected);
    const other = await as('dept-head').get(`/api/complaints?filters[department][documentId][$eq]=${bj}`);
    expect(other.body.meta.pagination.total).toBe(0);
    const orOther = await as('dept-head').get(
      `/api/complaints?filters[$or][0][department][documentId][$eq]=${bj}&filters[$or][1][residentName][$eq]=范晓`,
    );
    expect(orOther.body.meta.pagination.total).toBe(2);
  });
});

describe('the department key (the scope’s index) follows the department relation', () => {
  it('moves a re-dispatched complaint from one department head’s list to the other’s, and never shows the key', async () => {
    const gc = await departmentByCode('GC');
    const bj = await departmentByCode('BJ');
    const documentId = await dispatchedTo('GC', '鲍逸');
    const seenBy = async (department: string) =>
      (await as('staff').get(`/api/complaints?filters[department][documentId][$eq]=${department}&filters[residentName][$eq]=鲍逸`)).body
        .data as Array<Record<string, unknown>>;
    expect((await seenBy(gc.documentId)).map((r) => r.documentId)).toEqual([documentId]);
    expect(await seenBy(bj.documentId)).toEqual([]);

    const again = await as('staff').post(`/api/complaints/${documentId}/actions/dispatch`, { data: { department: bj.documentId } });
    expect(again.status).toBe(200);
    expect(await seenBy(gc.documentId)).toEqual([]);
    const moved = await seenBy(bj.documentId);
    expect(moved.map((r) => r.documentId)).toEqual([documentId]);
    expect(moved[0]).not.toHaveProperty('departmentKey');
    expect((await as('dept-head').get(`/api/complaints/${documentId}`)).status).toBe(404);
    expect((await as('staff').get(`/api/complaints/${documentId}`)).body.data).not.toHaveProperty('departmentKey');
    expect((await as('staff').get('/api/complaints?filters[departmentKey][$eq]=1')).status).toBe(400);
  });
});

describe('the sign-in cache forgets a user as soon as the user changes', () => {
  // An administrator's change to an account, made through users-permissions' user service (test route).
  const account = (values: Record<string, unknown>) => anonymous().post('/api/records/test/account').send({ username: 'cache-probe', ...values });

  it('refuses a blocked user on the very next request, and sees a new department at once', async () => {
    const bj = await departmentByCode('BJ');
    const created = await account({ password: DEFAULT_DEMO_PASSWORD, role: 'dept-head', departmentCode: 'GC' });
    expect(created.status).toBe(201);
    const login = await anonymous()
      .post('/api/auth/local')
      .send({ identifier: 'cache-probe', password: DEFAULT_DEMO_PASSWORD });
    const me = (url: string) => anonymous().get(url).set('Authorization', `Bearer ${login.body.jwt}`);
    const gcTotal = (await as('dept-head').get('/api/complaints?pagination[pageSize]=1')).body.meta.pagination.total;
    // Read twice so that both lookups are cached before the change.
    expect((await me('/api/complaints?pagination[pageSize]=1')).body.meta.pagination.total).toBe(gcTotal);
    expect((await me('/api/complaints?pagination[pageSize]=1')).body.meta.pagination.total).toBe(gcTotal);

    expect((await account({ departmentCode: 'BJ' })).status).toBe(200);
    const bjTotal = (
      await as('supervisor').get(
        `/api/complaints?filters[department][documentId][$eq]=${bj.documentId}&pagination[pageSize]=1`,
      )
    ).body.meta.pagination.total;
    expect((await me('/api/complaints?pagination[pageSize]=1')).body.meta.pagination.total).toBe(bjTotal);

    expect((await account({ blocked: true })).status).toBe(200);
    expect((await me('/api/complaints?pagination[pageSize]=1')).status).toBe(401);
  });
});
