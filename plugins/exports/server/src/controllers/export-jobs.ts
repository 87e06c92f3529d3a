import type { Core } from '@strapi/strapi';
import { getService as getRecordsService, NotFoundError } from '@wuyedesk/plugin-records';
import type { Context } from 'koa';
import fs from 'fs';
import { exportRequest } from '../export/request';
import { attachment, exportLocale } from '../export/parse-query';
import type { ExportJob } from '../jobs/store';
import { getService } from '../utils/get-service';
import { XLSX_TYPE } from './exports';

/** What the panel sees of a job: never the owner, the stored query or the file's place on disk. */
const view = (job: ExportJob, label: string) => ({
  id: job.key,
  register: job.registerKey,
  label,
  status: job.status,
  rows: job.rows,
  bytes: job.bytes,
  error: job.status === 'failed' ? '导出失败，请重试' : null,
  createdAt: job.createdAt.toISOString(),
  finishedAt: job.finishedAt?.toISOString() ?? null,
  expiresAt: job.expiresAt?.toISOString() ?? null,
  url: job.status === 'done' ? `/api/exports/jobs/${job.key}/file` : null,
});

/** The same answer for someone else's export, an expired one and one that never existed. */
const notFound = (ctx: Context) =>
  new NotFoundError(exportLocale(ctx.query.locale, ctx.get('accept-language')) === 'en' ? 'No such export, or its file has expired' : '找不到该导出，或文件已过期', {
    code: 'EXPORT_NOT_FOUND',
  });

const ownerOf = (ctx: Context): number => {
  const id = (ctx.state.user as { id?: number } | undefined)?.id;
  if (!id) throw notFound(ctx);
  return id;
};

/**
 * Background exports: `POST /api/exports/<plural>/jobs?<the list's query>` records one (202) and
 * the request returns at once; `GET /api/exports/jobs` lists the user's own of the last day;
 * `GET /api/exports/jobs/<id>/file` downloads a finished one — for its owner only: anyone else
 * gets the same 404 as for an id that does not exist.
 */
export const exportJobsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: Context) {
    const request = await exportRequest(strapi, ctx);
    const job = await getService(strapi, 'jobs').start({
      ownerId: request.actor.id,
      request: { registerKey: request.register.key, query: request.query, columns: request.columns, locale: request.locale },
    });
    ctx.status = 202;
    ctx.body = { data: view(job, request.register.label[request.locale]) };
  },

  async find(ctx: Context) {
    const registry = getRecordsService(strapi, 'registry');
    const jobs = await getService(strapi, 'jobs').listOf(ownerOf(ctx));
    const data = [];
    for (const job of jobs) {
      const register = await registry.find(job.registerKey);
      data.push(view(job, register?.label[job.locale] ?? job.registerKey));
    }
    ctx.body = { data };
  },

  async file(ctx: Context) {
    const found = await getService(strapi, 'jobs').fileOf(ownerOf(ctx), String(ctx.params.id));
    if (!found) throw notFound(ctx);
    const register = await getRecordsService(strapi, 'registry').find(found.job.registerKey);
    ctx.set('Content-Type', XLSX_TYPE);
    ctx.set('Content-Disposition', attachment(register?.label[found.job.locale] ?? found.job.registerKey, found.job.createdAt));
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Length', String(found.job.bytes ?? fs.statSync(found.path).size));
    ctx.body = fs.createReadStream(found.path);
  },
});
