import { toUnitSummary, unitLabel } from '../unit-summary';

describe('a unit as the desk sees it', () => {
  it('is named by code, owner and phone', () => {
    const unit = toUnitSummary({ id: 'u1', code: '3-1-501', ownerName: '任鹏', ownerPhone: '19030499332', area: 142 });
    expect(unit).toEqual({ id: 'u1', code: '3-1-501', ownerName: '任鹏', ownerPhone: '19030499332' });
    expect(unitLabel(unit!)).toBe('3-1-501 · 任鹏 · 19030499332');
  });

  it('leaves out an owner nobody recorded', () => {
    const unit = toUnitSummary({ id: 'u2', code: '1-1-101', ownerName: '', ownerPhone: null });
    expect(unitLabel(unit!)).toBe('1-1-101');
  });

  it('is no unit without a code', () => {
    expect(toUnitSummary({ id: 'u3' })).toBeUndefined();
  });
});
