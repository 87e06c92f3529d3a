import { anonymous, as } from './api';

const MINUTE = 60_000;
export const minutes = (n: number) => n * MINUTE;
export const later = (at: Date | string, ms: number) => new Date(new Date(at).getTime() + ms);

/** One scheduler pass at a fake `now` (test route; Strapi runs in another context). */
export const runScheduler = async (now: Date) => {
  const res = await anonymous().post('/api/deadlines/test/run-once').send({ now: now.toISOString() });
  if (res.status !== 200) throw new Error(`run-once: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as Array<{ recordId: string; clock: string; step: string; outcome: string; recipients: string[] }>;
};

/** One outbox sender pass at a fake `now`. */
export const sendMail = async (now: Date) => {
  const res = await anonymous().post('/api/deadlines/test/send-mail').send({ now: now.toISOString() });
  if (res.status !== 200) throw new Error(`send-mail: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { sent: number; failed: number };
};

export interface Clock {
  id: number;
  clock: string;
  state: string;
  dueAt: string | null;
  stoppedAt: string | null;
  nextStep: string | null;
  nextStepAt: string | null;
}

export const clocksOf = async (register: string, documentId: string) => {
  const res = await anonymous().get(`/api/deadlines/test/clocks?register=${register}&documentId=${documentId}`);
  if (res.status !== 200) throw new Error(`clocks: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as Clock[];
};

export const clockOf = async (register: string, documentId: string, name = 'handling') => {
  const clock = (await clocksOf(register, documentId)).find((c) => c.clock === name);
  if (!clock) throw new Error(`No ${name} clock on ${register} ${documentId}`);
  return clock;
};

export const outboxOf = async (clockId: number) => {
  const res = await anonymous().get(`/api/deadlines/test/outbox?keyPrefix=deadline:${clockId}:`);
  return res.body.data as Array<{ key: string; to: string; subject: string; status: string; attempts: number; notBefore: string }>;
};

export const newComplaint = async (data: Record<string, unknown> = {}) => {
  const res = await as('staff').post('/api/complaints', {
    data: { channel: 'phone', residentName: '刘洋', residentPhone: '13911112222', description: '楼道灯不亮', address: '3栋2单元', ...data },
  });
  if (res.status !== 201) throw new Error(`create complaint: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { documentId: string; number: string; receivedAt: string; dueAt: string | null } & Record<string, unknown>;
};
