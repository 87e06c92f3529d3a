import { as, firstOf } from '../../helpers/api';
import { clockOf, minutes, later, outboxOf, runScheduler } from '../../helpers/deadlines';
import { publish, renovationForm } from '../../helpers/forms';

const KEY = 'renovation-deadline';

/**
 * A form type is a register like the built-in ones: a deadline policy the administrator adds
 * for it (时限设置) gives its entries a clock, and the scheduler escalates them by mail.
 */
describe('deadlines on a form type designed in the panel', () => {
  let policyId: number;

  beforeAll(async () => {
    expect((await publish(renovationForm(KEY, 'ZD'))).status).toBe(201);
    const res = await as('admin').post('/api/deadlines/settings/policies', {
      data: {
        name: '装修申请 2小时内审批',
        register: KEY,
        clock: 'handling',
        startOn: 'created',
        amount: 2,
        unit: 'hours',
        stopStates: ['approved', 'rejected'],
        escalation: [{ level: 1, afterMinutes: 0, notify: 'supervisor' }],
        setsRecordDueAt: true,
      },
    });
    expect(res.status).toBe(200);
    policyId = res.body.data.id;
  });

  afterAll(async () => {
    await as('admin').put(`/api/deadlines/settings/policies/${policyId}`, { data: { active: false } });
  });

  it('gives a new application a clock, escalates it to the supervisor once when late, and writes it on its history', async () => {
    const unit = (await firstOf('units')).documentId;
    const created = await as('staff').post(`/api/forms/entries/${KEY}`, {
      data: { f_unit: unit, f_owner: '王建国', f_deposit: 3000, f_kind: 'full' },
    });
    expect(created.status).toBe(201);
    const entry = created.body.data as { documentId: string; number: string; createdAt: string };
    const clock = await clockOf(KEY, entry.documentId);
    expect(clock.state).toBe('running');
    const dueAt = new Date(String(clock.dueAt));

    const fired = await runScheduler(later(dueAt, minutes(1)));
    expect(fired.filter((f) => f.recordId === entry.documentId)).toEqual([
      expect.objectContaining({ step: 'level-1', outcome: 'notified', recipients: ['supervisor@wuyedesk.local'] }),
    ]);
    expect(await runScheduler(later(dueAt, minutes(2)))).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ recordId: entry.documentId })]),
    );
    const mail = await outboxOf(clock.id);
    expect(mail).toEqual([
      expect.objectContaining({ to: 'supervisor@wuyedesk.local', subject: expect.stringContaining(entry.number) }),
    ]);

    const history = await as('staff').get(`/api/forms/entries/${KEY}/${entry.documentId}/history`);
    expect(history.body.data.map((s: { action: string }) => s.action)).toEqual(['create', 'escalate']);
  });
});
