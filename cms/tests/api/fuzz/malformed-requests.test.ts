import http from 'http';
import type { Knex } from 'knex';
import { BUILT_IN_REGISTERS, type RegisterDescription } from '@wuyedesk/contracts';
import { as, login, type DemoUser } from '../../helpers/api';
import { publish, renovationForm } from '../../helpers/forms';
import { scheduleCounts } from '../../helpers/keys';
import {
  BAD_IDS, junkQuery, malformedActionBody, malformedQuery, malformedSettingsBody, malformedWriteBody, seeded, type Body, type FieldTarget, type Random,
} from './malformed';
import { changedTables, openTestDatabase, snapshotTables } from './row-counts';

const REQUESTS = 2_100;
const CONCURRENCY = 4;
const LIMIT_MS = 5_000;
const FORM_KEY = 'fuzz-form';

type Who = DemoUser | 'anonymous' | 'forged';
type Route = 'list' | 'get' | 'create' | 'update' | 'action' | 'history' | 'export' | 'form-type' | 'settings';

interface Probe {
  route: Route;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: Body;
}

interface Outcome {
  probe: Probe;
  who: Who;
  status: number;
  ms: number;
  /** The response did not arrive whole: timeout, reset, or a body cut off. */
  broken?: string;
  snippet: string;
}

const WHO: readonly Who[] = ['staff', 'dept-head', 'supervisor', 'director', 'admin', 'anonymous', 'forged'];

/** One request over a plain socket: the exact path and bytes as built, and how long until the last byte. */
const send = (base: URL, probe: Probe, headers: Record<string, string>): Promise<Omit<Outcome, 'probe' | 'who'>> =>
  new Promise((resolve) => {
    const started = Date.now();
    const payload = probe.body === undefined ? undefined : 'json' in probe.body ? JSON.stringify(probe.body.json) : probe.body.raw;
    const type = probe.body === undefined ? undefined : 'json' in probe.body ? 'application/json' : probe.body.type;
    let settled = false;
    const done = (outcome: Omit<Outcome, 'probe' | 'who'>) => {
      if (!settled) resolve(outcome);
      settled = true;
    };
    const req = http.request(
      {
        host: base.hostname, port: base.port, method: probe.method, path: probe.path,
        headers: { ...headers, ...(type ? { 'Content-Type': type, 'Content-Length': Buffer.byteLength(payload ?? '') } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.length < 4 && chunks.push(c));
        res.on('aborted', () => done({ status: res.statusCode ?? 0, ms: Date.now() - started, broken: 'aborted', snippet: '' }));
        res.on('error', (error) => done({ status: res.statusCode ?? 0, ms: Date.now() - started, broken: error.message, snippet: '' }));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, ms: Date.now() - started, snippet: Buffer.concat(chunks).toString('utf8').slice(0, 300) }),
        );
      },
    );
    req.setTimeout(LIMIT_MS, () => {
      done({ status: 0, ms: Date.now() - started, broken: 'timeout', snippet: '' });
      req.destroy();
    });
    req.on('error', (error) => done({ status: 0, ms: Date.now() - started, broken: error.message, snippet: '' }));
    req.end(payload);
  });

const headersFor = async (r: Random, who: Who): Promise<Record<string, string>> => {
  const language = r.next() < 0.3 ? { 'Accept-Language': 'en' } : {};
  if (who === 'anonymous') return language;
  if (who === 'forged') return { ...language, Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forged' };
  return { ...language, Authorization: `Bearer ${await login(who)}` };
};

const firstDocumentId = async (path: string): Promise<string | null> => {
  for (const user of ['admin', 'supervisor', 'director'] as const) {
    const res = await as(user).get(`${path}?pagination[pageSize]=1`);
    if (res.status === 200 && res.body.data?.[0]?.documentId) return res.body.data[0].documentId as string;
  }
  return null;
};

/** Every route a register opens, with malformed input for each. */
const registerProbes = (r: Random, register: RegisterDescription, base: string, existing: string | null, unitId: string): Array<() => Probe> => {
  const target: FieldTarget = { register, validId: unitId };
  const id = () => (existing && r.next() < 0.6 ? existing : e(r.pick(BAD_IDS)));
  const probes: Array<() => Probe> = [
    () => ({ route: 'list', method: 'GET', path: `${base}?${malformedQuery(r, register)}` }),
    () => ({ route: 'get', method: 'GET', path: `${base}/${id()}?${malformedQuery(r, register)}` }),
    () => ({ route: 'history', method: 'GET', path: `${base}/${id()}/history?${junkQuery(r)}` }),
  ];
  if (!register.store) {
    probes.push(() => ({ route: 'export', method: 'GET', path: `/api/exports/${register.pluralName}.xlsx?${malformedQuery(r, register, { extra: r.pick(['', 'columns=nope', 'locale=xx', `columns=${'x,'.repeat(500)}`]) })}` }));
  }
  if (register.readOnly) return probes;
  probes.push(
    () => ({ route: 'create', method: 'POST', path: base, body: malformedWriteBody(r, target) }),
    () => ({ route: 'update', method: 'PUT', path: `${base}/${id()}`, body: malformedWriteBody(r, target) }),
  );
  const actions = register.workflow?.actions ?? [];
  probes.push(() => {
    const action = actions.length && r.next() < 0.8 ? r.pick(actions) : { name: r.pick(['nosuchaction', '__proto__', 'constructor', 'a'.repeat(200)]), input: [] };
    return { route: 'action', method: 'POST', path: `${base}/${id()}/actions/${e(action.name)}`, body: malformedActionBody(r, target, action.input ?? []) };
  });
  return probes;
};

const e = encodeURIComponent;

/** 时限设置, 回访规则, 月报, 统计, 表单类型: the routes beside the registers that take input. */
const settingsProbes = (r: Random, policyId: string | null, ruleId: string | null): Array<() => Probe> => [
  () => ({ route: 'settings', method: 'GET', path: `/api/deadlines/settings/policies?${junkQuery(r)}` }),
  () => ({ route: 'settings', method: 'POST', path: '/api/deadlines/settings/policies', body: malformedSettingsBody(r, ['name', 'register', 'clock', 'conditions', 'amount', 'unit', 'escalation', 'pauseStates']) }),
  () => ({ route: 'settings', method: 'PUT', path: `/api/deadlines/settings/policies/${policyId && r.next() < 0.7 ? policyId : e(r.pick(BAD_IDS))}`, body: malformedSettingsBody(r, ['name', 'amount', 'unit', 'conditions', 'escalation', 'active', 'warnBeforeMinutes']) }),
  () => ({ route: 'settings', method: 'GET', path: `/api/deadlines/settings/calendar?${junkQuery(r)}` }),
  () => ({ route: 'settings', method: 'PUT', path: '/api/deadlines/settings/calendar', body: malformedSettingsBody(r, ['holidays', 'workdays', 'year', 'days']) }),
  () => ({ route: 'settings', method: 'PUT', path: '/api/deadlines/settings/quiet-hours', body: malformedSettingsBody(r, ['start', 'end', 'days']) }),
  () => ({ route: 'settings', method: 'GET', path: `/api/deadlines/overdue?${junkQuery(r)}` }),
  () => ({ route: 'settings', method: 'GET', path: `/api/callback-rules?${junkQuery(r)}` }),
  () => ({ route: 'settings', method: 'POST', path: '/api/callback-rules', body: malformedSettingsBody(r, ['register', 'rate', 'role', 'methods', 'dueHours', 'conditions']) }),
  () => ({ route: 'settings', method: 'PUT', path: `/api/callback-rules/${ruleId && r.next() < 0.7 ? ruleId : e(r.pick(BAD_IDS))}`, body: malformedSettingsBody(r, ['rate', 'role', 'methods', 'dueHours']) }),
  () => ({ route: 'settings', method: 'PUT', path: '/api/statistics/monthly-report', body: malformedSettingsBody(r, ['enabled', 'recipients']) }),
  () => ({ route: 'settings', method: 'GET', path: `/api/statistics?${junkQuery(r)}` }),
  () => ({ route: 'export', method: 'GET', path: `/api/statistics/workbook.xlsx?${junkQuery(r)}` }),
  () => ({ route: 'settings', method: 'GET', path: `/api/records/users?${junkQuery(r)}` }),
  () => ({ route: 'form-type', method: 'POST', path: '/api/forms/types', body: malformedSettingsBody(r, ['key', 'name', 'fields', 'permissions', 'sections']) }),
  () => ({ route: 'form-type', method: 'PUT', path: `/api/forms/types/${r.next() < 0.5 ? FORM_KEY : e(r.pick(BAD_IDS))}/permissions`, body: malformedSettingsBody(r, ['permissions']) }),
  () => ({ route: 'form-type', method: 'GET', path: `/api/forms/types/${r.next() < 0.5 ? FORM_KEY : e(r.pick(BAD_IDS))}/versions/${r.pick(['0', '-1', 'abc', '999999'])}` }),
];

describe('malformed requests (fuzz): every body and query string the API takes', () => {
  let db: Knex;
  beforeAll(async () => {
    db = openTestDatabase();
    // Counts belong to their period: with this period's counts scheduled, any count POST must be refused.
    await scheduleCounts(new Date().toISOString());
    const form = await publish(renovationForm(FORM_KEY, 'FZ'));
    if (form.status !== 201 && form.status !== 200 && form.status !== 409 && form.status !== 400) throw new Error(`publish: ${form.status}`);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it(`answers ${REQUESTS} malformed requests with 4xx, each within ${LIMIT_MS / 1000} s, writing nothing`, async () => {
    const r = seeded(20261204);
    const unitId = (await firstDocumentId('/api/units')) ?? 'nounit';
    const registers: Array<{ register: RegisterDescription; base: string }> = BUILT_IN_REGISTERS.map((register) => ({ register, base: `/api/${register.pluralName}` }));
    const formType = await as('staff').get('/api/records/registers');
    const formRegister = (formType.body.data as RegisterDescription[] | undefined)?.find((x) => x.key === FORM_KEY);
    if (!formRegister) throw new Error('the fuzz form type is not published');
    registers.push({ register: formRegister, base: `/api/forms/entries/${FORM_KEY}` });

    const generators: Array<() => Probe> = [];
    for (const { register, base } of registers) generators.push(...registerProbes(r, register, base, await firstDocumentId(base), unitId));
    const policyId = await firstDocumentId('/api/deadlines/settings/policies');
    const rules = await as('admin').get('/api/callback-rules');
    const ruleId = (rules.body.data?.[0]?.documentId ?? rules.body.data?.[0]?.id ?? null) as string | null;
    generators.push(...settingsProbes(r, policyId, ruleId === null ? null : String(ruleId)));

    const probes = Array.from({ length: REQUESTS }, (_, i) => ({ probe: generators[i % generators.length](), who: r.pick(WHO) }));
    const base = new URL(process.env.WUYEDESK_TEST_URL ?? '');
    const before = await snapshotTables(db);

    const outcomes: Outcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < probes.length) {
        const { probe, who } = probes[next];
        next += 1;
        outcomes.push({ probe, who, ...(await send(base, probe, await headersFor(r, who))) });
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const after = await snapshotTables(db);

    const histogram = outcomes.reduce<Record<string, number>>((h, o) => ({ ...h, [o.broken ? `broken:${o.broken}` : String(o.status)]: (h[String(o.broken ? `broken:${o.broken}` : o.status)] ?? 0) + 1 }), {});
    const byRoute = outcomes.reduce<Record<string, number>>((h, o) => ({ ...h, [o.probe.route]: (h[o.probe.route] ?? 0) + 1 }), {});
    const maxMs = Math.max(...outcomes.map((o) => o.ms));
    console.log(JSON.stringify({
      db: process.env.DATABASE_CLIENT, requests: outcomes.length, seconds: (Date.now() - started) / 1000, maxMs, statuses: histogram, routes: byRoute,
    }));

    const describe = (o: Outcome) => `${o.who} ${o.probe.method} ${o.probe.path.slice(0, 140)} ${o.probe.body ? JSON.stringify(o.probe.body).slice(0, 120) : ''} → ${o.status} ${o.ms} ms`;
    if (process.env.FUZZ_DEBUG) {
      console.log([...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 8).map(describe).join('\n'));
      console.log(outcomes.filter((o) => o.status === 200 || o.status === 405).map(describe).join('\n'));
    }
    const failures = outcomes
      .filter((o) => o.status >= 500 || o.status === 0 || o.broken || o.ms > LIMIT_MS)
      .map((o) => `${o.who} ${o.probe.method} ${o.probe.path.slice(0, 160)} ${o.probe.body ? JSON.stringify(o.probe.body).slice(0, 160) : ''} → ${o.status} ${o.broken ?? ''} ${o.ms} ms ${o.snippet.slice(0, 160)}`);
    expect(failures).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(2_000);
    expect(Object.keys(byRoute).sort()).toEqual(['action', 'create', 'export', 'form-type', 'get', 'history', 'list', 'settings', 'update']);
    expect(changedTables(before, after).map((c) => `${c.table}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`)).toEqual([]);
  }, 300_000);
});
