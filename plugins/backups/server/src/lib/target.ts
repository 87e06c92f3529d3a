import path from 'path';

/** Where the office's data lives, read from the same variables as cms/config/database.ts. */
export type DatabaseTarget =
  | { client: 'sqlite'; filename: string }
  | { client: 'postgres'; url: string; database: string };

type Env = Record<string, string | undefined>;

/** The PostgreSQL connection as a URL (pg_dump and pg_restore take it as --dbname). */
const postgresUrl = (env: Env): string => {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const url = new URL('postgres://localhost');
  url.hostname = env.DATABASE_HOST || '127.0.0.1';
  url.port = env.DATABASE_PORT || '5432';
  url.pathname = `/${env.DATABASE_NAME || 'wuyedesk'}`;
  url.username = env.DATABASE_USERNAME || 'postgres';
  if (env.DATABASE_PASSWORD) url.password = env.DATABASE_PASSWORD;
  if (env.DATABASE_SSL === 'true') url.searchParams.set('sslmode', 'require');
  return url.toString();
};

/**
 * `cmsDir` is the CMS folder: a relative DATABASE_FILENAME is relative to it, as in
 * cms/config/database.ts (path.resolve, so an absolute one stays absolute).
 */
export const databaseTarget = (env: Env, cmsDir: string): DatabaseTarget => {
  if ((env.DATABASE_CLIENT ?? 'sqlite') === 'postgres') {
    const url = postgresUrl(env);
    return { client: 'postgres', url, database: decodeURIComponent(new URL(url).pathname.slice(1)) };
  }
  return { client: 'sqlite', filename: path.resolve(cmsDir, env.DATABASE_FILENAME || path.join('data', 'wuyedesk.db')) };
};

/** The target without its password, for logs and messages. */
export const describeTarget = (target: DatabaseTarget): string => {
  if (target.client === 'sqlite') return `SQLite ${target.filename}`;
  const url = new URL(target.url);
  url.password = '';
  return `PostgreSQL ${url.toString()}`;
};
