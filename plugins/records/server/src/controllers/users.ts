import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';
import { USER_UID } from '../services/access';

const PUBLIC_FIELDS = ['documentId', 'username', 'fullName'] as const;
const MAX_PAGE_SIZE = 100;

interface Pagination {
  page?: number | string;
  pageSize?: number | string;
}

/**
 * Users for the panel's pickers (处理人, 经办人), in the same `{ data, meta }` shape and filter
 * language as every register. users-permissions' /api/users answers a bare array; this one
 * validates and sanitises the query with Strapi's content-API rules, so private fields
 * (password, tokens) can be neither filtered on nor returned, and blocked accounts are hidden.
 */
export const users = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    await getService(strapi, 'access').actorOf(ctx.state.user);
    const schema = strapi.getModel(USER_UID as UID.Schema);
    const auth = ctx.state.auth;
    await strapi.contentAPI.validate.query(ctx.query, schema, { auth });
    const query = (await strapi.contentAPI.sanitize.query(ctx.query, schema, { auth })) as {
      filters?: Record<string, unknown>;
      sort?: unknown;
      pagination?: Pagination;
    };
    const page = Math.max(1, Number(query.pagination?.page ?? 1) || 1);
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(query.pagination?.pageSize ?? 25) || 25));
    const filters = { $and: [query.filters ?? {}, { blocked: { $ne: true } }] };
    const documents = strapi.documents(USER_UID as UID.CollectionType);
    const [results, total] = await Promise.all([
      documents.findMany({
        filters: filters as never,
        sort: (query.sort ?? 'username:asc') as never,
        fields: [...PUBLIC_FIELDS] as never,
        populate: { department: { fields: ['documentId', 'name'] } } as never,
        start: (page - 1) * pageSize,
        limit: pageSize,
      }),
      documents.count({ filters: filters as never }),
    ]);
    ctx.body = {
      data: (results as Array<Record<string, unknown>>).map((u) => ({
        id: u.id, documentId: u.documentId, username: u.username, fullName: u.fullName ?? null, department: u.department ?? null,
      })),
      meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
    };
  },
});
