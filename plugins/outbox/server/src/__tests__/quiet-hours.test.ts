import { quietUntil } from '../quiet-hours';

const NIGHT = { start: '21:00', end: '08:00' };
/** A Shanghai wall-clock time as an instant. */
const sh = (local: string) => new Date(`${local}+08:00`);

describe('quiet hours on the Shanghai clock', () => {
  it.each([
    ['2026-11-24T20:59', null],
    ['2026-11-24T21:00', '2026-11-25T08:00'],
    ['2026-11-24T23:30', '2026-11-25T08:00'],
    ['2026-11-25T00:10', '2026-11-25T08:00'],
    ['2026-11-25T07:59', '2026-11-25T08:00'],
    ['2026-11-25T08:00', null],
    ['2026-11-25T12:00', null],
  ])('mail queued at %s waits until %s', (at, until) => {
    expect(quietUntil({ now: sh(at), quiet: NIGHT })?.toISOString() ?? null).toBe(until ? sh(until).toISOString() : null);
  });

  it('works with a window that does not wrap midnight (12:00–13:30 lunch)', () => {
    expect(quietUntil({ now: sh('2026-11-24T12:15'), quiet: { start: '12:00', end: '13:30' } })?.toISOString()).toBe(sh('2026-11-24T13:30').toISOString());
    expect(quietUntil({ now: sh('2026-11-24T13:30'), quiet: { start: '12:00', end: '13:30' } })).toBeNull();
  });

  it('sends at once when there are no quiet hours or the window is empty', () => {
    expect(quietUntil({ now: sh('2026-11-24T23:00'), quiet: null })).toBeNull();
    expect(quietUntil({ now: sh('2026-11-24T23:00'), quiet: { start: '08:00', end: '08:00' } })).toBeNull();
  });

  it('refuses a malformed time', () => {
    expect(() => quietUntil({ now: sh('2026-11-24T23:00'), quiet: { start: '9pm', end: '08:00' } })).toThrow(/HH:mm/);
  });
});
