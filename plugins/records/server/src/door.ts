import { AsyncLocalStorage } from 'async_hooks';
import type { Core } from '@strapi/strapi';
import { BUILT_IN_REGISTERS, RECORD_STEP_UID } from '@wuyedesk/contracts';
import { ForbiddenError } from './errors';
import { USER_UID } from './services/access';

/**
 * One door for writes (一道门). A register's rows change only through the records core, which
 * validates, numbers, writes the history and emits the events. Strapi offers other ways in — the
 * content manager, `strapi.documents()` or the entity service from any plugin, `strapi.db.query()`
 * — and this refuses them all unless the call runs inside the records core (or one of the few
 * internal writers that say why they may: the seed of an empty database).
 *
 * The "inside" is an async context: everything the core awaits — the event listeners of other
 * plugins (a count's checklist, a callback's attempts, a loan claiming its key) included — runs
 * within it; a request that never entered the core does not. Raw SQL through knex (the bulk
 * generator in scripts/) is not a Strapi path and is not seen here.
 */
const inside = new AsyncLocalStorage<{ by: string }>();

/** Runs `work` as the records core (or a named internal writer): its register writes pass. */
export const throughTheDoor = <T>(by: string, work: () => Promise<T>): Promise<T> => inside.run({ by }, work);

export const isThroughTheDoor = () => inside.getStore() !== undefined;

/** Reads pass everywhere; everything else a document service or query engine does is a write. */
const DOCUMENT_READS = new Set(['findOne', 'findMany', 'findFirst', 'count']);

/**
 * What is guarded: every built-in register, and the accounts (plugin::users-permissions.user),
 * whose only writers are users-permissions' own services (query engine) and the seed. The audit
 * trail keeps its own, stricter guard (audit-guard.ts: append-only for everyone).
 */
export const guardedUids = (strapi: Core.Strapi): string[] =>
  [...BUILT_IN_REGISTERS.map((r) => r.uid).filter((uid) => uid !== RECORD_STEP_UID), USER_UID]
    .filter((uid) => Boolean(strapi.contentTypes[uid as keyof typeof strapi.contentTypes]));

const refuse = (uid: string, action: string) => {
  throw new ForbiddenError('登记簿数据只能通过系统的登记接口修改（会校验、编号并记入审计日志）', {
    code: 'RECORDS_CORE_ONLY',
    uid,
    action,
  });
};

/** Query-engine writes that are not the records core's own, refused on register tables. */
const DB_WRITES = ['beforeCreate', 'beforeCreateMany', 'beforeUpdate', 'beforeUpdateMany', 'beforeDelete', 'beforeDeleteMany'] as const;

/** Is this call serving one of Strapi's admin-API routes (the content manager, when Strapi's UI is on)? */
const fromAdminApi = (strapi: Core.Strapi) => {
  const ctx = strapi.requestContext.get() as { state?: { route?: { info?: { type?: string } } } } | undefined;
  return ctx?.state?.route?.info?.type === 'admin';
};

/**
 * Installs the guard twice over: a document-service middleware (the content manager, the entity
 * service and any plugin's `strapi.documents()`: refused before anything is touched) and a
 * query-engine lifecycle (`strapi.db.query()` from any plugin). Accounts are guarded against the
 * admin API only: users-permissions itself writes them through the document service (password
 * reset, e-mail confirmation), and that is its own door with its own rules.
 */
export const guardRegisterWrites = (strapi: Core.Strapi) => {
  const uids = new Set(guardedUids(strapi));
  strapi.documents.use(async (context, next) => {
    if (uids.has(context.uid) && !DOCUMENT_READS.has(context.action) && !isThroughTheDoor()) {
      if (context.uid !== USER_UID || fromAdminApi(strapi)) refuse(context.uid, context.action);
    }
    return next();
  });
  const tables = [...uids].filter((uid) => uid !== USER_UID);
  strapi.db.lifecycles.subscribe({
    models: tables,
    ...Object.fromEntries(
      DB_WRITES.map((hook) => [
        hook,
        (event: { model: { uid: string } }) => {
          if (!isThroughTheDoor()) refuse(event.model.uid, hook);
        },
      ]),
    ),
  });
};
