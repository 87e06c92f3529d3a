import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { CapturedQuery } from './sql-probe';
import { databaseClientOf } from '../lib/boot-strapi';

/**
 * The floor a list request is compared with, in the same server: a route that checks the
 * caller's token (signature and expiry, as users-permissions does) and runs exactly the SQL
 * statements the product's request sent — page, count, populates, search lookups — and answers
 * the rows as JSON. No permission lookups, no query parsing, no sanitising.
 * Registered by the benchmark at load time only; no configuration of the desk has it.
 */
export const registerBareRoute = (strapi: Core.Strapi) => {
  const statements = new Map<string, readonly CapturedQuery[]>();
  const postgres = databaseClientOf(strapi) === 'postgres';
  strapi.server.routes({
    type: 'content-api',
    routes: [
      {
        method: 'GET',
        path: '/bench/bare/:key',
        config: { auth: false },
        handler: async (ctx: Context) => {
          const token = /^Bearer (.+)$/.exec(ctx.get('authorization'))?.[1];
          const payload = token
            ? await strapi
                .plugin('users-permissions')
                .service('jwt')
                .verify(token)
                .catch(() => null)
            : null;
          if (!payload) {
            ctx.status = 401;
            return;
          }
          const queries = statements.get(ctx.params.key) ?? [];
          const results: unknown[] = [];
          for (const query of queries) {
            // knex reports PostgreSQL statements numbered ($1…); knex.raw wants ? again.
            const sql = postgres ? query.sql.replace(/\$\d+/g, '?') : query.sql;
            const answer = (await strapi.db.connection.raw(sql, query.bindings as unknown[])) as unknown;
            results.push(postgres ? (answer as { rows: unknown[] }).rows : answer);
          }
          ctx.body = { data: results[0] ?? [], meta: { results: results.slice(1) } };
        },
      },
    ],
  } as unknown as Core.Router);
  return {
    /** The statements the bare route runs for `key`: the product's own, captured once. */
    set(key: string, queries: readonly CapturedQuery[]) {
      statements.set(key, queries);
    },
  };
};
