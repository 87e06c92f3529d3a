import { createCalendar } from '../../engine';
import { DEFAULT_POLICIES } from '../../seed/default-policies';
import { choosePolicies } from '../match';
import { formatLateness } from '../messages';
import { isLate, planClock } from '../plan';
import type { DeadlinePolicy } from '../types';

const policies: DeadlinePolicy[] = DEFAULT_POLICIES.map((p, i) => ({ ...p, id: i + 1, active: true }));
const calendar = createCalendar();
const RECEIVED = '2026-11-24T02:00:00.000Z';
const plan = (register: string, clock: string, record: Record<string, unknown>, extra: Partial<Parameters<typeof planClock>[0]> = {}) => {
  const policy = choosePolicies({ policies, register, record }).get(clock)!;
  return planClock({ policy, record, status: String(record.status ?? 'received'), startField: 'receivedAt', startStampField: null, memory: null, at: new Date(RECEIVED), fired: new Set(), calendar, ...extra });
};

describe('choosing the policies of a record', () => {
  it.each([
    [{ complexity: 'general' }, ['handling', 'feedback', 'working-day-limit']],
    [{ complexity: 'very_complex' }, ['handling', 'feedback']],
    [{ complexity: 'general', channel: 'letter', kind: 'enquiry' }, ['handling', 'feedback', 'written-reply', 'working-day-limit']],
  ])('a complaint %j runs the clocks %j', (record, clocks) => {
    expect([...choosePolicies({ policies, register: 'complaint', record }).keys()].sort()).toEqual([...clocks].sort());
  });
});

describe('planning a clock', () => {
  it.each([
    ['complaint', { complexity: 'general' }, '2026-11-24T02:30:00.000Z'],
    ['complaint', { complexity: 'fairly_complex' }, '2026-11-24T05:00:00.000Z'],
    ['complaint', { complexity: 'complex' }, '2026-11-27T02:00:00.000Z'],
    ['repair-order', { urgency: 'urgent' }, '2026-11-24T04:00:00.000Z'],
    ['repair-order', { urgency: 'general' }, '2026-11-25T02:00:00.000Z'],
    ['repair-order', { urgency: 'major' }, '2026-12-01T02:00:00.000Z'],
  ])('%s %j received 10:00 is due at %s', (register, fields, due) => {
    expect(plan(register, 'handling', { receivedAt: RECEIVED, ...fields }).dueAt?.toISOString()).toBe(due);
  });

  it('waits for the manager to set the deadline of a very major repair, then takes it', () => {
    expect(plan('repair-order', 'handling', { receivedAt: RECEIVED, urgency: 'critical' })).toMatchObject({ state: 'waiting', dueAt: null });
    expect(
      plan('repair-order', 'handling', { receivedAt: RECEIVED, urgency: 'critical', managerDueAt: '2026-12-20T09:00:00.000Z' }).dueAt?.toISOString(),
    ).toBe('2026-12-20T09:00:00.000Z');
  });

  it('waits for the agreed deadline of a very complex complaint, then takes it', () => {
    expect(plan('complaint', 'handling', { receivedAt: RECEIVED, complexity: 'very_complex' }).state).toBe('waiting');
    expect(plan('complaint', 'handling', { receivedAt: RECEIVED, complexity: 'very_complex', agreedDueAt: '2026-12-10T08:00:00.000Z' }).dueAt?.toISOString()).toBe('2026-12-10T08:00:00.000Z');
  });

  it('plans the warning 10 minutes before and the chain after a 30-minute deadline, skipping fired steps', () => {
    const record = { receivedAt: RECEIVED, complexity: 'general' };
    const fresh = plan('complaint', 'handling', record);
    expect(fresh.steps.map((s) => [s.key, new Date(s.at).toISOString()])).toEqual([
      ['warning', '2026-11-24T02:20:00.000Z'],
      ['level-1', '2026-11-24T02:30:00.000Z'],
      ['level-2', '2026-11-24T04:30:00.000Z'],
    ]);
    expect(plan('complaint', 'handling', record, { fired: new Set(['warning', 'level-1']) }).next?.key).toBe('level-2');
  });

  it('stands still while a repair is paused and gives the paused time back on resume', () => {
    const record = { receivedAt: RECEIVED, urgency: 'urgent' };
    const paused = plan('repair-order', 'handling', { ...record, status: 'paused' }, { at: new Date('2026-11-24T03:00:00.000Z') });
    expect(paused).toMatchObject({ state: 'paused', dueAt: null, next: null });
    const resumed = plan('repair-order', 'handling', { ...record, status: 'in_progress' }, { memory: paused, at: new Date('2026-11-24T03:45:00.000Z') });
    expect(resumed.dueAt?.toISOString()).toBe('2026-11-24T04:45:00.000Z');
  });

  it('stops on resolve and keeps the due time for the lateness check', () => {
    const stopped = plan('complaint', 'handling', { receivedAt: RECEIVED, complexity: 'general', status: 'resolved' }, { at: new Date('2026-11-24T02:45:00.000Z') });
    expect(stopped).toMatchObject({ state: 'stopped', next: null });
    expect(isLate({ dueAt: stopped.dueAt, stoppedAt: stopped.stoppedAt, now: new Date('2026-11-25T00:00:00.000Z') })).toBe(true);
  });
});

describe('how late, as staff say it', () => {
  it.each([
    [60_000, '1分钟'],
    [65 * 60_000, '1小时5分钟'],
    [26 * 3_600_000, '1天2小时'],
    [0, '0分钟'],
  ])('%i ms is %s', (ms, text) => expect(formatLateness(ms)).toBe(text));
});
