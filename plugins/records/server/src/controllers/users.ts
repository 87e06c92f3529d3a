import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';
import { USER_UID } from '../services/access';
import { isRoleKey, NON_REGISTER_TARGETS, type RegisterDescription } from '@wuyedesk/contracts';
import { localeOf } from '../factories/controller';
import { assertValidQuery } from '../validation/query';

/** The user as the query validator sees it: the fields a picker may filter and sort on. */
const USER_QUERY = { key: 'user', fields: NON_REGISTER_TARGETS.user } as unknown as RegisterDescription;

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
/**
 * `filters[role][type][$in|$eq]`: pickers narrow people by role (审批人: who may approve). The role
 * relation is not open to the content API, so this one shape is taken out before validation and
 * applied here, with only known role keys.
 */
const takeRoleFilter = (query: Record<string, unknown>): { rest: Record<string, unknown>; roles: string[] | null } => {
  const filters = query.filters as Record<string, unknown> | undefined;
  if (!filters || typeof filters !== 'object' || !('role' in filters)) return { rest: query, roles: null };
  const { role, ...others } = filters;
  const type = (role as { type?: Record<string, unknown> } | null)?.type ?? {};
  const wanted = [type.$in, type.$eq].flat().filter((v) => v !== undefined);
  const values = wanted.flatMap((v) => (typeof v === 'object' && v !== null ? Object.values(v) : [v])).map(String);
  return { rest: { ...query, filters: others }, roles: values.filter(isRoleKey) };
};

export const users = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    await getService(strapi, 'access').actorOf(ctx.state.user);
    assertValidQuery({ strapi, register: USER_QUERY, query: ctx.query as Record<string, unknown>, locale: localeOf(ctx) });
    const schema = strapi.getModel(USER_UID as UID.Schema);
    const auth = ctx.state.auth;
    const { rest, roles } = takeRoleFilter(ctx.query as Record<string, unknown>);
    await strapi.contentAPI.validate.query(rest, schema, { auth });
    const query = (await strapi.contentAPI.sanitize.query(rest, schema, { auth })) as {
      filters?: Record<string, unknown>;
      sort?: unknown;
      pagination?: Pagination;
    };
    const page = Math.max(1, Number(query.pagination?.page ?? 1) || 1);
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(query.pagination?.pageSize ?? 25) || 25));
    const byRole = roles ? [{ role: { type: { $in: roles } } }] : [];
    const filters = { $and: [query.filters ?? {}, { blocked: { $ne: true } }, ...byRole] };
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
