type Env = ((key: string, fallback?: string) => string) & {
  bool: (key: string, fallback?: boolean) => boolean;
  int: (key: string, fallback?: number) => number;
  array: (key: string, fallback?: string[]) => string[];
};

export default ({ env }: { env: Env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS') },
  // Behind a reverse proxy, trust its X-Forwarded-For: the login limit counts per client address.
  proxy: { koa: env.bool('TRUST_PROXY', false) },
  logger: { updates: { enabled: false }, startup: { enabled: false } },
});
