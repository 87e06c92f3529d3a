import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { STEP_UID } from '../content-types/step';

const attempt = async (attempts: Record<string, () => Promise<unknown>>) => {
  const outcome: Record<string, string> = {};
  for (const [name, run] of Object.entries(attempts)) {
    try {
      await run();
      outcome[name] = 'done';
    } catch (error) {
      outcome[name] = (error as { details?: { code?: string } }).details?.code ?? (error as Error).message;
    }
  }
  return outcome;
};

/**
 * Test-only (routed only when the plugin's `testRoutes` config is on): tries every way Strapi code could
 * change a step — query engine and document service, update and delete, one and many — and reports
 * what each attempt got, so the integration tests (in another context) can prove the audit trail
 * is append-only below the routes too.
 */
export const auditTestHooks = ({ strapi }: { strapi: Core.Strapi }) => ({
  async alter(ctx: Context) {
    const documentId = String((ctx.request.body as { documentId?: string } | undefined)?.documentId ?? '');
    const query = strapi.db.query(STEP_UID as UID.Schema);
    const documents = strapi.documents(STEP_UID as UID.CollectionType);
    const attempts: Record<string, () => Promise<unknown>> = {
      queryUpdate: () => query.update({ where: { documentId }, data: { actorName: '别人' } }),
      queryUpdateMany: () => query.updateMany({ where: { documentId }, data: { actorName: '别人' } }),
      queryDelete: () => query.delete({ where: { documentId } }),
      queryDeleteMany: () => query.deleteMany({ where: { documentId } }),
      documentUpdate: () => documents.update({ documentId, data: { actorName: '别人' } as never }),
      documentDelete: () => documents.delete({ documentId }),
    };
    ctx.body = { data: await attempt(attempts) };
  },

  /**
   * Every way a plugin could write a register's record around the records core (door.ts): the
   * document service, the entity service and the query engine, create, update, delete. The
   * tests expect each refused and the record unchanged.
   */
  async sideDoors(ctx: Context) {
    const body = (ctx.request.body ?? {}) as { uid?: string; documentId?: string; data?: Record<string, unknown> };
    const uid = String(body.uid ?? '');
    const documentId = String(body.documentId ?? '');
    const data = body.data ?? {};
    const row = (await strapi.db.query(uid as UID.Schema).findOne({ where: { documentId }, select: ['id'] })) as { id: number } | null;
    const id = row?.id ?? 0;
    const documents = strapi.documents(uid as UID.CollectionType);
    const entities = strapi.entityService as unknown as {
      create: (uid: string, params: unknown) => Promise<unknown>;
      update: (uid: string, id: number, params: unknown) => Promise<unknown>;
      delete: (uid: string, id: number) => Promise<unknown>;
    };
    const query = strapi.db.query(uid as UID.Schema);
    ctx.body = {
      data: await attempt({
        documentCreate: () => documents.create({ data: data as never }),
        documentUpdate: () => documents.update({ documentId, data: data as never }),
        documentDelete: () => documents.delete({ documentId }),
        entityCreate: () => entities.create(uid, { data }),
        entityUpdate: () => entities.update(uid, id, { data }),
        entityDelete: () => entities.delete(uid, id),
        queryCreate: () => query.create({ data: { ...data, documentId: 'sidedoor0000000000000000' } }),
        queryUpdate: () => query.update({ where: { id }, data }),
        queryUpdateMany: () => query.updateMany({ where: { id }, data }),
        queryDelete: () => query.delete({ where: { id } }),
        queryDeleteMany: () => query.deleteMany({ where: { id } }),
      }),
    };
  },
});
