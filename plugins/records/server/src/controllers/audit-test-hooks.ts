import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { STEP_UID } from '../content-types/step';

/**
 * Test-only (404 unless the plugin's `testRoutes` config is on): tries every way Strapi code could
 * change a step — query engine and document service, update and delete, one and many — and reports
 * what each attempt got, so the integration tests (in another context) can prove the audit trail
 * is append-only below the routes too.
 */
export const auditTestHooks = ({ strapi }: { strapi: Core.Strapi }) => ({
  async alter(ctx: Context) {
    if (!(strapi.config.get('plugin::records') as { testRoutes?: boolean } | undefined)?.testRoutes) {
      throw new errors.NotFoundError('Not Found');
    }
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
    const outcome: Record<string, string> = {};
    for (const [name, attempt] of Object.entries(attempts)) {
      try {
        await attempt();
        outcome[name] = 'done';
      } catch (error) {
        outcome[name] = (error as { details?: { code?: string } }).details?.code ?? (error as Error).message;
      }
    }
    ctx.body = { data: outcome };
  },
});
