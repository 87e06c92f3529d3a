/**
 * Quiet hours (免打扰时段) on the Asia/Shanghai wall clock (fixed UTC+8, no DST). A window may
 * wrap midnight: 21:00–08:00 is quiet from 21:00 until 08:00 the next morning.
 */
export interface QuietHours {
  /** 'HH:mm', inclusive. */
  start: string;
  /** 'HH:mm', exclusive: mail held for the morning is released at this minute. */
  end: string;
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

const minutesOf = (clock: string): number => {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(clock);
  if (!match) throw new RangeError(`Quiet hours need 'HH:mm', got "${clock}"`);
  return Number(match[1]) * 60 + Number(match[2]);
};

/** Whether `quiet` is a usable window; equal start and end means "no quiet hours". */
export const quietHoursProblems = (quiet: QuietHours): string[] => {
  try {
    minutesOf(quiet.start);
    minutesOf(quiet.end);
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
};

/**
 * When mail that falls at `now` may go out: null when `now` is outside the quiet window (send
 * now), otherwise the instant the window ends (the next `end` on the Shanghai clock).
 */
export const quietUntil = ({ now, quiet }: { now: Date; quiet: QuietHours | null }): Date | null => {
  if (!quiet) return null;
  const start = minutesOf(quiet.start) * 60_000;
  const end = minutesOf(quiet.end) * 60_000;
  if (start === end) return null;
  const local = now.getTime() + SHANGHAI_OFFSET_MS;
  const midnight = Math.floor(local / DAY_MS) * DAY_MS;
  const time = local - midnight;
  const wraps = start > end;
  const inside = wraps ? time >= start || time < end : time >= start && time < end;
  if (!inside) return null;
  const endToday = midnight + end;
  const release = time < end ? endToday : endToday + DAY_MS;
  return new Date(release - SHANGHAI_OFFSET_MS);
};
