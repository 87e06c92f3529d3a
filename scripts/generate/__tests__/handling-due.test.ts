import { handlingDue } from '../handling-due';

const at = new Date('2026-11-24T02:00:00.000Z');

describe('generated due times come from the seeded deadline policies', () => {
  it.each([
    ['complaint', { complexity: 'general' }, '2026-11-24T02:30:00.000Z'],
    ['complaint', { complexity: 'complex' }, '2026-11-27T02:00:00.000Z'],
    ['repair-order', { urgency: 'urgent' }, '2026-11-24T04:00:00.000Z'],
    ['repair-order', { urgency: 'major' }, '2026-12-01T02:00:00.000Z'],
  ])('%s %j received at 10:00 is due at %s', (register, record, due) => {
    expect(handlingDue({ register, record, at })).toEqual({ kind: 'computed', dueAt: new Date(due) });
  });

  it('leaves a very complex complaint to the deadline agreed with the resident', () => {
    expect(handlingDue({ register: 'complaint', record: { complexity: 'very_complex' }, at })).toEqual({ kind: 'from-field', field: 'agreedDueAt' });
  });

  it('leaves a very major repair to the manager', () => {
    expect(handlingDue({ register: 'repair-order', record: { urgency: 'critical' }, at })).toEqual({ kind: 'from-field', field: 'managerDueAt' });
  });
});
