import path from 'path';

type Env = ((key: string, fallback?: string) => string) & {
  int: (key: string, fallback?: number) => number;
  bool: (key: string, fallback?: boolean) => boolean;
};

export default ({ env }: { env: Env }) => ({
  records: { enabled: true, resolve: '../plugins/records', config: { testRoutes: env.bool('WUYEDESK_TEST_ROUTES', false) } },
  forms: { enabled: true, resolve: '../plugins/forms' },
  // Uploaded files live outside public/ and are reached only through signed, expiring links
  // (plugins/files); the upload plugin's own content API keeps only uploading (src/extensions/upload).
  files: {
    enabled: true,
    resolve: '../plugins/files',
    config: {
      // path.resolve: an absolute FILES_DIR stays absolute; a relative one is relative to cms/.
      directory: path.resolve(__dirname, '..', '..', env('FILES_DIR', path.join('data', 'files'))),
      urlSecret: env('FILE_URL_SECRET', '') || env('APP_KEYS', ''),
      urlTtlSeconds: env.int('FILE_URL_TTL', 3600),
    },
  },
  upload: {
    config: {
      provider: 'local',
      // Matches the body parser's multipart limit (config/middlewares.ts).
      sizeLimit: 20 * 1024 * 1024,
    },
  },
  outbox: {
    enabled: true,
    resolve: '../plugins/outbox',
    config: {
      senderEnabled: env.bool('OUTBOX_SENDER', true),
      senderRule: env('OUTBOX_SENDER_RULE', '*/10 * * * * *'),
      quietHours: env('QUIET_HOURS', '21:00-08:00') === 'off'
        ? null
        : { start: env('QUIET_HOURS', '21:00-08:00').split('-')[0], end: env('QUIET_HOURS', '21:00-08:00').split('-')[1] },
    },
  },
  deadlines: {
    enabled: true,
    resolve: '../plugins/deadlines',
    config: {
      schedulerEnabled: env.bool('DEADLINE_SCHEDULER', true),
      schedulerRule: env('DEADLINE_SCHEDULER_RULE', '*/15 * * * * *'),
      publicUrl: env('WUYEDESK_PUBLIC_URL', `http://localhost:${env.int('PORT', 1337)}`),
      testRoutes: env.bool('WUYEDESK_TEST_ROUTES', false),
    },
  },
  callbacks: {
    enabled: true,
    resolve: '../plugins/callbacks',
    config: {
      samplingSeed: env('CALLBACK_SAMPLING_SEED', 'wuyedesk'),
      samplingSlack: env.int('CALLBACK_SAMPLING_SLACK', 10),
    },
  },
  // After deadlines: it adds the archive loans' return clock to the seeded policies.
  archives: { enabled: true, resolve: '../plugins/archives' },
  backups: {
    enabled: true,
    resolve: '../plugins/backups',
    config: {
      nightlyEnabled: env.bool('BACKUP_NIGHTLY', true),
      at: env('BACKUP_AT', '02:30'),
      dir: env('BACKUP_DIR', 'data/backups'),
      keepDays: env.int('BACKUP_KEEP_DAYS', 14),
    },
  },
  custody: {
    enabled: true,
    resolve: '../plugins/custody',
    config: {
      countSchedulerEnabled: env.bool('COUNT_SCHEDULER', true),
      countSchedulerRule: env('COUNT_SCHEDULER_RULE', '0 */10 * * * *'),
      publicUrl: env('WUYEDESK_PUBLIC_URL', `http://localhost:${env.int('PORT', 1337)}`),
      testRoutes: env.bool('WUYEDESK_TEST_ROUTES', false),
    },
  },
  exports: {
    enabled: true,
    resolve: '../plugins/exports',
    config: {
      monthlyReportEnabled: env.bool('MONTHLY_REPORT', true),
      monthlyReportRule: env('MONTHLY_REPORT_RULE', '0 5 * * * *'),
      exportBatchSize: env.int('EXPORT_BATCH_SIZE', 1000),
      exportJobRunner: env.bool('EXPORT_JOBS', true),
      exportJobsDir: env('EXPORT_JOBS_DIR', 'data/exports'),
      exportJobLeaseMs: env.int('EXPORT_JOB_LEASE_MS', 60_000),
      exportJobPollMs: env.int('EXPORT_JOB_POLL_MS', 10_000),
      testRoutes: env.bool('WUYEDESK_TEST_ROUTES', false),
    },
  },
  'users-permissions': {
    config: {
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '12h') },
      jwtSecret: env('JWT_SECRET'),
      register: { allowedFields: [] },
      // Brute-force guard on /api/auth/*, counted in the database across instances
      // (src/extensions/users-permissions/login-limit.ts): `max` attempts per account and
      // `perAddressMax` per client address (a whole office may share one) per `interval` ms.
      // The test suite logs in far more often than people.
      ratelimit: {
        interval: env.int('LOGIN_RATE_LIMIT_INTERVAL_MS', 60_000),
        max: env.int('LOGIN_RATE_LIMIT', 10),
        perAddressMax: env.int('LOGIN_RATE_LIMIT_PER_ADDRESS', env.int('LOGIN_RATE_LIMIT', 10) * 30),
      },
    },
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 1025),
        secure: env.bool('SMTP_SECURE', false),
        ignoreTLS: !env.bool('SMTP_SECURE', false) && !env.bool('SMTP_STARTTLS', false),
        ...(env('SMTP_USERNAME', '') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD', '') } } : {}),
      },
      settings: {
        defaultFrom: env('SMTP_FROM', 'WuyeDesk 物业客服台 <desk@wuyedesk.local>'),
        defaultReplyTo: env('SMTP_REPLY_TO', 'desk@wuyedesk.local'),
      },
    },
  },
});
