import { quietHoursProblems, type QuietHours } from './quiet-hours';

export interface OutboxConfig {
  /** Run the sender on a timer (croner rule, 6 fields with seconds). Tests call sendOnce instead. */
  senderEnabled: boolean;
  senderRule: string;
  /** How long a claimed row belongs to one sender before another may take it over. */
  leaseMs: number;
  /** Rows per pass. */
  batchSize: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Default quiet hours until an administrator sets them (null: none). */
  quietHours: QuietHours | null;
}

export const config = {
  default: {
    senderEnabled: true,
    senderRule: '*/10 * * * * *',
    leaseMs: 120_000,
    batchSize: 50,
    retryBaseMs: 30_000,
    retryMaxMs: 3_600_000,
    quietHours: { start: '21:00', end: '08:00' },
  } satisfies OutboxConfig,
  validator(value: Partial<OutboxConfig>) {
    if (value.quietHours) {
      const problems = quietHoursProblems(value.quietHours);
      if (problems.length) throw new Error(`outbox.quietHours: ${problems.join('; ')}`);
    }
    for (const key of ['leaseMs', 'batchSize', 'retryBaseMs', 'retryMaxMs'] as const) {
      if (value[key] !== undefined && !(Number(value[key]) > 0)) throw new Error(`outbox.${key} must be a positive number`);
    }
  },
};
