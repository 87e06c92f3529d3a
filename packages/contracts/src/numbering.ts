export const RECORD_TIME_ZONE = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: RECORD_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The office's calendar day of an instant, as YYYYMMDD (Asia/Shanghai, whatever the server's zone). */
export const shanghaiDay = (at: Date): string => dayFormat.format(at).replace(/-/g, '');

/** TS-20261124-0007: short enough to read out on the phone, sortable, unique per register. */
export const formatRecordNumber = (prefix: string, day: string, sequence: number): string =>
  `${prefix}-${day}-${String(sequence).padStart(4, '0')}`;
