import { RECORD_TIME_ZONE } from '@wuyedesk/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

const WALL_CLOCK = 'YYYY-MM-DDTHH:mm:ss';

/** Times are shown on the office's clock, whatever zone the browser is set to. */
export const formatDateTime = (iso: string): string => dayjs.utc(iso).tz(RECORD_TIME_ZONE).format('YYYY-MM-DD HH:mm');

export const formatDate = (value: string): string => dayjs(value).format('YYYY-MM-DD');

/**
 * A DatePicker works on the browser's clock; giving it the Shanghai wall-clock time (and
 * reading it back as Shanghai) keeps what staff see and what is stored the same moment.
 */
export const toPickerDateTime = (iso: string): Dayjs => dayjs(dayjs.utc(iso).tz(RECORD_TIME_ZONE).format(WALL_CLOCK));

export const fromPickerDateTime = (value: Dayjs): string =>
  dayjs.tz(value.format(WALL_CLOCK), RECORD_TIME_ZONE).toISOString();

export const toPickerDate = (value: string): Dayjs => dayjs(value);

export const fromPickerDate = (value: Dayjs): string => value.format('YYYY-MM-DD');

export const isDayjs = (value: unknown): value is Dayjs => dayjs.isDayjs(value);
