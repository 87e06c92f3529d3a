import { translateIn } from '../../providers/i18n';
import { builtIn } from '../../test/fixtures';
import { deadlineTag, formatSpan, isOpenRecord } from '../deadline';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DUE = '2026-11-24T10:00:00.000Z';
const due = Date.parse(DUE);
const zh = translateIn('zh-CN');
const en = translateIn('en');

describe('the time left on a deadline', () => {
  it.each([
    [25 * MINUTE + 30_000, '剩余 25 分钟', 'orange'],
    [45 * MINUTE, '剩余 45 分钟', 'blue'],
    [2 * HOUR + 10 * MINUTE, '剩余 2 小时 10 分', 'blue'],
    [2 * HOUR, '剩余 2 小时', 'blue'],
    [3 * DAY + 5 * HOUR, '剩余 3 天', 'blue'],
    [0, '剩余 0 分钟', 'orange'],
    [-(1 * HOUR + 5 * MINUTE), '已超时 1 小时 5 分', 'red'],
    [-30_000, '已超时 0 分钟', 'red'],
    [-2 * DAY, '已超时 2 天', 'red'],
  ])('%d ms left reads “%s” (%s)', (left, text, colour) => {
    expect(deadlineTag({ dueAt: DUE, now: due - left, t: zh })).toEqual({ text, colour });
  });

  it('turns orange under a quarter of the whole allowance', () => {
    const startAt = new Date(due - 3 * DAY).toISOString();
    expect(deadlineTag({ dueAt: DUE, startAt, now: due - 17 * HOUR, t: zh })?.colour).toBe('orange');
    expect(deadlineTag({ dueAt: DUE, startAt, now: due - 19 * HOUR, t: zh })?.colour).toBe('blue');
  });

  it('speaks English too', () => {
    expect(deadlineTag({ dueAt: DUE, now: due - (2 * HOUR + 10 * MINUTE), t: en })?.text).toBe('2 h 10 min left');
    expect(deadlineTag({ dueAt: DUE, now: due + 65 * MINUTE, t: en })?.text).toBe('Overdue by 1 h 5 min');
    expect(formatSpan(3 * DAY, en)).toBe('3 d');
  });

  it('gives nothing for a value that is not a time', () => {
    expect(deadlineTag({ dueAt: 'soon', now: due, t: zh })).toBeNull();
  });
});

describe('an open record', () => {
  const complaints = builtIn('complaints');
  it.each([
    ['received', true],
    ['in_progress', true],
    ['resolved', false],
    ['closed', false],
    ['void', false],
    [null, false],
  ])('%s is open: %s', (status, open) => {
    expect(isOpenRecord(complaints, status)).toBe(open);
  });
});
