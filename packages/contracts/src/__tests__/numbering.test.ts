import { formatRecordNumber, shanghaiDay } from '..';

describe('record numbers', () => {
  it('uses the Shanghai calendar day: 16:30 UTC on the 23rd is already the 24th in Shanghai', () => {
    expect(shanghaiDay(new Date('2026-11-23T16:30:00Z'))).toBe('20261124');
    expect(shanghaiDay(new Date('2026-11-23T15:59:59Z'))).toBe('20261123');
  });

  it('pads the sequence to four digits and keeps counting past 9999', () => {
    expect(formatRecordNumber('TS', '20261124', 7)).toBe('TS-20261124-0007');
    expect(formatRecordNumber('BX', '20261124', 12345)).toBe('BX-20261124-12345');
  });
});
