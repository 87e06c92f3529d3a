import type { StatisticsFigures } from '@wuyedesk/contracts';
import { completionPoints, completionTotal, isFigures, percent } from '../dashboard-data';

const month = (register: 'complaint' | 'repair-order', period: string, received: number, onTime: number, late: number, open: number) => ({
  register, period, received, onTime, late, open, completionRate: 0, onTimeRate: 0,
});

const figures = {
  completion: {
    day: [month('complaint', '2025-03-12', 2, 0, 0, 2), month('complaint', '2025-03-03', 2, 1, 1, 0), month('repair-order', '2025-03-03', 1, 1, 0, 0)],
    week: [],
    month: [month('complaint', '2025-03', 4, 1, 1, 2), month('complaint', '2025-04', 2, 2, 0, 0)],
  },
  complaints: { total: 0, byCategory: [], byDepartment: [], byCause: [] },
} as unknown as StatisticsFigures;

describe('the dashboard’s figures', () => {
  it('stacks on time, late and open per period of one register, oldest first', () => {
    expect(completionPoints(figures, 'day', 'complaint').map((p) => [p.period, p.outcome, p.count])).toEqual([
      ['2025-03-03', 'onTime', 1], ['2025-03-03', 'late', 1], ['2025-03-03', 'open', 0],
      ['2025-03-12', 'onTime', 0], ['2025-03-12', 'late', 0], ['2025-03-12', 'open', 2],
    ]);
  });

  it('sums the months of the period into its rates', () => {
    expect(completionTotal(figures, 'complaint')).toEqual({ received: 6, onTime: 3, late: 1, open: 2, completionRate: 4 / 6, onTimeRate: 0.75 });
    expect(percent(0.755)).toBe('75.5%');
  });

  it('tells the answer from Refine’s empty placeholder', () => {
    expect(isFigures({})).toBe(false);
    expect(isFigures(figures)).toBe(true);
  });
});
