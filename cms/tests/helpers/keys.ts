import { anonymous, as, type DemoUser } from './api';

/** A demo user's documentId, for relations to users (审批人). */
export const userId = async (username: DemoUser | 'dept-head') => {
  const res = await as('staff').get(`/api/records/users?filters[username][$eq]=${username}`);
  if (res.status !== 200 || !res.body.data?.[0]) throw new Error(`No user ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data[0].documentId as string;
};

export interface Key {
  documentId: string;
  code: string;
  name: string;
  cabinetSlot: string;
  state: string;
}

/** The n-th key by code (1-based): each test takes its own, so tests do not lend each other's keys. */
export const keyNo = async (n: number): Promise<Key> => {
  const res = await as('staff').get(`/api/keys?sort=code:asc&pagination[page]=${n}&pagination[pageSize]=1`);
  if (res.status !== 200 || !res.body.data?.[0]) throw new Error(`No key #${n}: ${res.status}`);
  return res.body.data[0] as Key;
};

export const keyState = async (documentId: string) => (await as('staff').get(`/api/keys/${documentId}`)).body.data.state as string;

/** Every key that should be in the cabinet now, as the count page lists them. */
export const keysInCabinet = async (): Promise<Key[]> => {
  const keys: Key[] = [];
  for (let page = 1; ; page++) {
    const res = await as('staff').get(`/api/keys?filters[state][$eq]=in_cabinet&sort=code:asc&pagination[page]=${page}&pagination[pageSize]=100`);
    keys.push(...(res.body.data as Key[]));
    if (page >= res.body.meta.pagination.pageCount) return keys;
  }
};

export const lend = (key: Key, data: Record<string, unknown> & { approver: string }, user: DemoUser = 'staff') =>
  as(user).post('/api/key-loans?populate[key]=true&populate[approver]=true', {
    data: { key: key.documentId, borrower: '吴师傅', purpose: 'repair', ...data },
  });

/** The count job's pass at a fake `now` (test route): the counts of the periods `now` falls in. */
export const scheduleCounts = async (now: string) => {
  const res = await anonymous().post('/api/custody/test/schedule-counts').send({ now });
  if (res.status !== 200) throw new Error(`schedule-counts: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as Array<{ register: string; slot: string; documentId: string }>;
};

/**
 * The count of one kind for the period around `at`: counts belong to a period (one each), so a
 * test takes the scheduled one of a period no other test uses rather than recording another.
 */
export const scheduledCount = async (kind: string, at: string) => {
  const count = (await scheduleCounts(at)).find((c) => c.register === 'key-count' && c.slot.startsWith(`${kind}:`));
  if (!count) throw new Error(`No ${kind} count scheduled at ${at}: another test used that period`);
  const res = await as('staff').get(`/api/key-counts/${count.documentId}`);
  return res.body.data as { documentId: string; number: string; status: string };
};
