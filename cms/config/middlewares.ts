type Env = ((key: string, fallback?: string) => string) & { array: (key: string, fallback?: string[]) => string[] };

export default ({ env }: { env: Env }) => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // antd injects its styles at run time (CSS-in-JS).
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
        },
      },
    },
  },
  { name: 'strapi::cors', config: { origin: env.array('CORS_ORIGINS', ['*']) } },
  'strapi::poweredBy',
  'strapi::query',
  // Unreadable bodies (bad JSON, __proto__, too large): 400/413 in the person's language, a warn line.
  'global::request-errors',
  {
    name: 'strapi::body',
    // A resident report is a few KB; photos go through /api/upload (multipart, own limit).
    config: { jsonLimit: '256kb', formLimit: '256kb', textLimit: '256kb', formidable: { maxFileSize: 20 * 1024 * 1024 } },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  { name: 'global::panel', config: { dir: env('WUYEDESK_PANEL_DIR', '') || undefined } },
];
