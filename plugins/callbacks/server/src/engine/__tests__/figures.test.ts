import { callbackFigures, periodOf } from '../figures';

const at = (iso: string) => new Date(iso);

describe('callback figures (回访率与满意度)', () => {
  it('names periods on the Shanghai calendar: day, ISO week, month', () => {
    // 2026-11-30 23:30 Shanghai is still Monday 30 November, ISO week 49.
    expect(periodOf(at('2026-11-30T15:30:00Z'), 'day')).toBe('2026-11-30');
    expect(periodOf(at('2026-11-30T16:30:00Z'), 'day')).toBe('2026-12-01');
    expect(periodOf(at('2026-11-30T15:30:00Z'), 'week')).toBe('2026-W49');
    expect(periodOf(at('2027-01-01T04:00:00Z'), 'week')).toBe('2026-W53');
    expect(periodOf(at('2026-11-30T16:30:00Z'), 'month')).toBe('2026-12');
  });

  it('gives the rate against the target, on-time callbacks and satisfaction per register, department and period', () => {
    const rows = callbackFigures({
      granularity: 'month',
      triggered: [
        { register: 'repair-order', department: '工程部', at: at('2026-11-02T02:00:00Z'), rate: 30 },
        { register: 'repair-order', department: '工程部', at: at('2026-11-03T02:00:00Z'), rate: 30 },
        { register: 'repair-order', department: '工程部', at: at('2026-11-04T02:00:00Z'), rate: 30 },
        { register: 'repair-order', department: '工程部', at: at('2026-11-05T02:00:00Z'), rate: 30 },
      ],
      tasks: [
        {
          register: 'repair-order',
          department: '工程部',
          triggeredAt: at('2026-11-02T02:00:00Z'),
          status: 'done',
          doneAt: at('2026-11-05T02:00:00Z'),
          dueAt: at('2026-11-12T02:00:00Z'),
          satisfaction: 'satisfied',
          score: 5,
        },
        {
          register: 'repair-order',
          department: '工程部',
          triggeredAt: at('2026-11-04T02:00:00Z'),
          status: 'done',
          doneAt: at('2026-11-20T02:00:00Z'),
          dueAt: at('2026-11-14T02:00:00Z'),
          satisfaction: 'dissatisfied',
          score: 2,
        },
        {
          register: 'repair-order',
          department: '工程部',
          triggeredAt: at('2026-11-05T02:00:00Z'),
          status: 'pending',
          doneAt: null,
          dueAt: at('2026-11-15T02:00:00Z'),
          satisfaction: null,
          score: null,
        },
      ],
    });
    expect(rows).toEqual([
      {
        register: 'repair-order',
        department: '工程部',
        period: '2026-11',
        resolved: 4,
        required: 3,
        done: 2,
        onTime: 1,
        rate: 0.5,
        target: 0.3,
        satisfied: 1,
        basicallySatisfied: 0,
        dissatisfied: 1,
        averageScore: 3.5,
      },
    ]);
  });
});
