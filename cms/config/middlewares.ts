type Env = ((key: string, fallback?: string) => string) & { array: (key: string, fallback?: string[]) => string[] };

export default ({ env }: { env: Env }) => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  { name: 'strapi::cors', config: { origin: env.array('CORS_ORIGINS', ['*']) } },
  'strapi::poweredBy',
  'strapi::query',
  {
    name: 'strapi::body',
    // A resident report is a few KB; photos go through /api/upload (multipart, own limit).
    config: { jsonLimit: '256kb', formLimit: '256kb', textLimit: '256kb', formidable: { maxFileSize: 20 * 1024 * 1024 } },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
