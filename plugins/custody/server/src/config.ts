export interface CustodyConfig {
  /** Schedule the cabinet counts on a timer; tests call counts.schedule({ now }) instead. */
  countSchedulerEnabled: boolean;
  /** croner rule, 6 fields (with seconds). Cheap: one lookup per count kind. */
  countSchedulerRule: string;
  /** The panel's public address, for links in mail. */
  publicUrl: string;
  /** Exposes /api/custody/test/* (fake-clock scheduling for the integration tests). Never in production. */
  testRoutes: boolean;
}

export const config = {
  default: {
    countSchedulerEnabled: true,
    countSchedulerRule: '0 */10 * * * *',
    publicUrl: 'http://localhost:1337',
    testRoutes: false,
  } satisfies CustodyConfig,
  validator(value: Partial<CustodyConfig>) {
    if (value.countSchedulerRule !== undefined && String(value.countSchedulerRule).trim().split(/\s+/).length !== 6) {
      throw new Error('custody.countSchedulerRule must be a 6-field croner rule (with seconds)');
    }
  },
};
