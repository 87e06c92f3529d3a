import { as } from '../../helpers/api';
import { clockOf, clocksOf, later, minutes, newComplaint } from '../../helpers/deadlines';

const HOUR = minutes(60);
const DAY = 24 * HOUR;

describe('complaint deadlines (docs/deadlines.md §2.2)', () => {
  it('gives a general complaint a handling deadline 30 minutes after intake', async () => {
    const complaint = await newComplaint({ complexity: 'general' });
    expect(complaint.dueAt).toBe(later(complaint.receivedAt, minutes(30)).toISOString());
    const stored = await as('staff').get(`/api/complaints/${complaint.documentId}`);
    expect(stored.body.data.dueAt).toBe(complaint.dueAt);
  });

  it('runs the 24-hour feedback clock side by side with the handling clock', async () => {
    const complaint = await newComplaint({ complexity: 'fairly_complex' });
    const clocks = await clocksOf('complaint', complaint.documentId);
    const due = Object.fromEntries(clocks.map((c) => [c.clock, c.dueAt]));
    expect(due.handling).toBe(later(complaint.receivedAt, 3 * HOUR).toISOString());
    expect(due.feedback).toBe(later(complaint.receivedAt, DAY).toISOString());
    expect(complaint.dueAt).toBe(due.handling);
  });

  it('stops the feedback clock once staff mark the resident informed', async () => {
    const complaint = await newComplaint();
    const informedAt = later(complaint.receivedAt, minutes(50)).toISOString();
    const res = await as('staff').put(`/api/complaints/${complaint.documentId}`, { data: { customerNotifiedAt: informedAt } });
    expect(res.status).toBe(200);
    const feedback = await clockOf('complaint', complaint.documentId, 'feedback');
    expect(feedback).toMatchObject({ state: 'stopped', stoppedAt: informedAt, nextStep: null });
  });

  it('recomputes the deadline when the complexity is raised to complex (3 days)', async () => {
    const complaint = await newComplaint({ complexity: 'general' });
    const res = await as('staff').put(`/api/complaints/${complaint.documentId}`, { data: { complexity: 'complex' } });
    expect(res.status).toBe(200);
    expect(res.body.data.dueAt).toBe(later(complaint.receivedAt, 3 * DAY).toISOString());
  });

  it('takes the deadline agreed with the resident for a very complex complaint (约定时限)', async () => {
    const complaint = await newComplaint({ complexity: 'very_complex' });
    expect(complaint.dueAt).toBeNull();
    const agreedDueAt = later(complaint.receivedAt, 10 * DAY).toISOString();
    const res = await as('supervisor').post(`/api/complaints/${complaint.documentId}/actions/agreeDeadline`, {
      data: { agreedDueAt, agreedWith: '刘洋本人（电话）', deadlineReason: '需协调开发商' },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.dueAt).toBe(agreedDueAt);
  });

  it('gives a written enquiry a 2-day written-reply clock', async () => {
    const complaint = await newComplaint({ channel: 'letter', kind: 'enquiry' });
    expect((await clockOf('complaint', complaint.documentId, 'written-reply')).dueAt).toBe(later(complaint.receivedAt, 2 * DAY).toISOString());
  });
});

describe('closing late (延误原因)', () => {
  const resolvedLate = async () => {
    // 咨询: no callback is required before closing (a 投诉 waits for its 回访, tests/api/callbacks).
    const complaint = await newComplaint({ complexity: 'general', kind: 'enquiry', receivedAt: new Date(Date.now() - 2 * HOUR).toISOString() });
    const resolved = await as('staff').post(`/api/complaints/${complaint.documentId}/actions/resolve`, { data: { resolution: '已更换灯泡' } });
    expect(resolved.status).toBe(200);
    return complaint.documentId;
  };

  it('refuses to close a complaint resolved after its deadline without a reason for the delay', async () => {
    const id = await resolvedLate();
    const res = await as('staff').post(`/api/complaints/${id}/actions/close`, {});
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('已超过处理时限，关闭前请填写延误原因');
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['lateReason'], code: 'LATE_REASON_REQUIRED' })]);
    expect((await as('staff').get(`/api/complaints/${id}`)).body.data.status).toBe('resolved');
  });

  it('closes it once the reason is given', async () => {
    const id = await resolvedLate();
    const res = await as('staff').post(`/api/complaints/${id}/actions/close`, { data: { lateReason: '工程部人手不足，已向住户致歉' } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'closed', lateReason: '工程部人手不足，已向住户致歉' });
  });
});
