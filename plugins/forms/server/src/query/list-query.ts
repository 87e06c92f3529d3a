import type { FieldDescription, Locale, RegisterDescription } from '@wuyedesk/contracts';
import { fieldExpression, formKeyCondition, isNumericField, type Dialect } from '../tables';

/** A list request the panel's data provider sends, after Strapi's qs parsing. */
export interface ListQuery {
  filters?: unknown;
  sort?: unknown;
  pagination?: { page?: unknown; pageSize?: unknown; start?: unknown; limit?: unknown; withCount?: unknown };
  [key: string]: unknown;
}

export interface SqlList {
  where: string;
  bindings: unknown[];
  orderBy: string;
  limit: number;
  offset: number;
  page: number;
  pageSize: number;
}

export class QueryError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

const MAX_PAGE_SIZE = 100;
/** Keys the data provider may send; others are a 400 like Strapi's strictParams. populate/fields are answered in full anyway. */
const KNOWN_KEYS = new Set(['filters', 'sort', 'pagination', 'populate', 'fields', 'locale', 'status']);

type Kind = 'number' | 'text' | 'boolean' | 'time' | 'datetime' | 'date' | 'relation';

interface Target {
  sql: string;
  kind: Kind;
  label: string;
  /** Only substring search (free text: no index can serve it, it scans this form type's rows). */
  searchOnly?: boolean;
}

const SYSTEM: Record<string, { sql: string; kind: Kind; label: Record<Locale, string> }> = {
  id: { sql: 'id', kind: 'number', label: { 'zh-CN': 'ID', en: 'ID' } },
  documentId: { sql: 'document_id', kind: 'text', label: { 'zh-CN': '记录标识', en: 'Document id' } },
  number: { sql: 'number', kind: 'text', label: { 'zh-CN': '编号', en: 'Number' } },
  status: { sql: 'status', kind: 'text', label: { 'zh-CN': '状态', en: 'Status' } },
  formVersion: { sql: 'form_version', kind: 'number', label: { 'zh-CN': '表单版本', en: 'Form version' } },
  createdAt: { sql: 'created_at', kind: 'time', label: { 'zh-CN': '填写时间', en: 'Filled at' } },
  updatedAt: { sql: 'updated_at', kind: 'time', label: { 'zh-CN': '修改时间', en: 'Updated at' } },
  dueAt: { sql: 'due_at', kind: 'time', label: { 'zh-CN': '截止时间', en: 'Due at' } },
  filledBy: { sql: 'filled_by_id', kind: 'number', label: { 'zh-CN': '填写人', en: 'Filled by' } },
};

const MESSAGES = {
  UNKNOWN_KEY: { 'zh-CN': '不支持的查询参数“{value}”', en: 'Unknown query parameter "{value}"' },
  BAD_FIELD: { 'zh-CN': '不能按“{label}”筛选', en: 'Cannot filter by "{label}"' },
  BAD_OPERATOR: { 'zh-CN': '“{label}”不支持筛选条件“{value}”', en: '"{label}" does not support the filter "{value}"' },
  BAD_VALUE: { 'zh-CN': '“{label}”的筛选值“{value}”无效', en: '"{value}" is not a valid filter value for "{label}"' },
  BAD_SORT: { 'zh-CN': '不能按“{label}”排序', en: 'Cannot sort by "{label}"' },
  BAD_PAGE: { 'zh-CN': '分页参数无效', en: 'Invalid pagination' },
} as const;

const OPERATORS = ['$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$null', '$notNull', '$between', '$contains', '$containsi', '$notContains', '$notContainsi', '$startsWith'] as const;
type Operator = (typeof OPERATORS)[number];
const SEARCH_OPERATORS = new Set<Operator>(['$contains', '$containsi', '$notContains', '$notContainsi', '$startsWith', '$eq', '$eqi', '$null', '$notNull']);

const kindOf = (field: FieldDescription): Kind => {
  if (isNumericField(field)) return 'number';
  if (field.type === 'boolean') return 'boolean';
  if (field.type === 'datetime') return 'datetime';
  if (field.type === 'date') return 'date';
  if (field.type === 'relation') return 'relation';
  return 'text';
};

const SEARCHABLE = new Set(['string', 'text', 'phone', 'idcard']);

/**
 * Translates the Strapi REST query dialect (filters with $eq/$gte/$in/$containsi…, $and/$or,
 * sort, pagination) onto an entries query of one form type. Form fields are compared through
 * exactly the expressions their indexes were built on (tables.ts), with the form key inlined so
 * the planner can use the partial indexes; anything unknown is refused with a message, never
 * ignored (a silently dropped filter would show the wrong rows).
 */
export const buildListQuery = ({
  register,
  query,
  dialect,
  locale = 'zh-CN',
}: {
  register: RegisterDescription;
  query: ListQuery;
  dialect: Dialect;
  locale?: Locale;
}): SqlList => {
  const fail = (code: keyof typeof MESSAGES, params: Record<string, string>): never => {
    throw new QueryError(MESSAGES[code][locale].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? ''), `FORM_QUERY_${code}`);
  };
  for (const key of Object.keys(query)) if (!KNOWN_KEYS.has(key)) fail('UNKNOWN_KEY', { value: key });

  const fields = new Map(register.fields.map((f) => [f.name, f]));
  const targetOf = (name: string, forSort = false): Target => {
    // The entry's department is the designed field the form type names (row scope, department filters).
    if (name === 'department' && register.departmentField) return targetOf(register.departmentField, forSort);
    const system = SYSTEM[name];
    if (system) return { sql: system.sql, kind: system.kind, label: system.label[locale] };
    const field = fields.get(name);
    if (field && !field.managed && field.filterable) return { sql: fieldExpression(dialect, field), kind: kindOf(field), label: field.label[locale] };
    if (field && !field.managed && !forSort && SEARCHABLE.has(field.type)) {
      return { sql: fieldExpression(dialect, field), kind: 'text', label: field.label[locale], searchOnly: true };
    }
    return fail(forSort ? 'BAD_SORT' : 'BAD_FIELD', { label: field?.label[locale] ?? name });
  };

  const bindings: unknown[] = [];
  const value = (target: Target, raw: unknown): unknown => {
    const bad = () => fail('BAD_VALUE', { label: target.label, value: String(raw) });
    if (raw === null || typeof raw === 'object') return bad();
    const text = String(raw);
    switch (target.kind) {
      case 'number': {
        const n = Number(text);
        return text.trim() !== '' && Number.isFinite(n) ? n : bad();
      }
      case 'boolean':
        if (text !== 'true' && text !== 'false') return bad();
        // json_extract gives SQLite's 1/0; ->> gives PostgreSQL's 'true'/'false'.
        return dialect === 'sqlite' ? (text === 'true' ? 1 : 0) : text;
      case 'time': {
        const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
        return Number.isFinite(ms) ? ms : bad();
      }
      case 'datetime': {
        // Stored normalised to UTC ISO (entries service), so text order is time order.
        const ms = Date.parse(text);
        return Number.isFinite(ms) ? new Date(ms).toISOString() : bad();
      }
      default:
        return text;
    }
  };
  const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

  const condition = (target: Target, op: string, raw: unknown): string => {
    if (!(OPERATORS as readonly string[]).includes(op)) return fail('BAD_OPERATOR', { label: target.label, value: op });
    const operator = op as Operator;
    if (target.searchOnly && !SEARCH_OPERATORS.has(operator)) return fail('BAD_OPERATOR', { label: target.label, value: op });
    const one = (sql: string) => {
      bindings.push(value(target, raw));
      return sql;
    };
    const list = (): unknown[] => {
      const values = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? Object.values(raw) : [raw];
      if (!values.length || values.length > 500) fail('BAD_VALUE', { label: target.label, value: String(raw) });
      return values.map((v) => value(target, v));
    };
    switch (operator) {
      case '$eq':
        return one(`${target.sql} = ?`);
      case '$ne':
        return one(`(${target.sql} <> ? or ${target.sql} is null)`);
      case '$eqi':
        return one(`lower(${target.sql}) = lower(?)`);
      case '$nei':
        return one(`lower(${target.sql}) <> lower(?)`);
      case '$lt':
        return one(`${target.sql} < ?`);
      case '$lte':
        return one(`${target.sql} <= ?`);
      case '$gt':
        return one(`${target.sql} > ?`);
      case '$gte':
        return one(`${target.sql} >= ?`);
      case '$in':
      case '$notIn': {
        const values = list();
        bindings.push(...values);
        return `${target.sql} ${operator === '$in' ? 'in' : 'not in'} (${values.map(() => '?').join(', ')})`;
      }
      case '$between': {
        const values = list();
        if (values.length !== 2) fail('BAD_VALUE', { label: target.label, value: String(raw) });
        bindings.push(...values);
        return `${target.sql} between ? and ?`;
      }
      case '$null':
      case '$notNull': {
        const wantNull = (String(raw) === 'true') === (operator === '$null');
        return `${target.sql} is ${wantNull ? '' : 'not '}null`;
      }
      case '$contains':
      case '$notContains':
      case '$containsi':
      case '$notContainsi': {
        const insensitive = operator.endsWith('i');
        const negate = operator.startsWith('$not') ? 'not ' : '';
        bindings.push(like(String(value({ ...target, kind: 'text' }, raw))));
        if (insensitive || dialect === 'postgres') {
          const op = dialect === 'postgres' ? (insensitive ? 'ilike' : 'like') : 'like';
          const expr = dialect === 'sqlite' ? `lower(${target.sql})` : `${target.sql}::text`;
          return `${expr} ${negate}${op} ${dialect === 'sqlite' ? 'lower(?)' : '?'} escape '\\'`;
        }
        // SQLite's like ignores case; instr does not.
        bindings.pop();
        bindings.push(String(raw));
        return `instr(${target.sql}, ?) ${negate ? '=' : '>'} 0`;
      }
      case '$startsWith':
        bindings.push(`${String(raw).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        return `${target.sql} like ? escape '\\'`;
    }
  };

  const entriesOf = (node: unknown): Array<[string, unknown]> =>
    node && typeof node === 'object' ? Object.entries(node as Record<string, unknown>) : [];
  const itemsOf = (node: unknown): unknown[] => (Array.isArray(node) ? node : node && typeof node === 'object' ? Object.values(node) : []);

  const walk = (node: unknown): string[] => {
    const parts: string[] = [];
    for (const [key, inner] of entriesOf(node)) {
      if (key === '$and' || key === '$or') {
        const children = itemsOf(inner).map((child) => walk(child)).filter((c) => c.length).map((c) => `(${c.join(' and ')})`);
        if (children.length) parts.push(`(${children.join(key === '$and' ? ' and ' : ' or ')})`);
        continue;
      }
      if (key === '$not') {
        const child = walk(inner);
        if (child.length) parts.push(`not (${child.join(' and ')})`);
        continue;
      }
      let target = targetOf(key);
      let ops = inner;
      // Relations: filters[unit][documentId][$eq] (the panel's pickers) or filters[filledBy][id][$eq].
      if (target.kind === 'relation' || key === 'filledBy') {
        const nested = entriesOf(inner).find(([k]) => k === 'documentId' || k === 'id');
        if (nested) ops = nested[1];
        if (target.kind === 'relation') target = { ...target, kind: 'text' };
      }
      if (ops === null || typeof ops !== 'object') {
        parts.push(condition(target, '$eq', ops));
        continue;
      }
      for (const [op, raw] of entriesOf(ops)) parts.push(condition(target, op, raw));
    }
    return parts;
  };

  const where = [formKeyCondition(register.key), ...walk(query.filters)].join(' and ');

  const sortItems = (Array.isArray(query.sort) ? query.sort : query.sort === undefined || query.sort === '' ? [] : [query.sort]).flatMap(
    (item): Array<[string, string]> =>
      typeof item === 'string'
        ? item.split(',').map((s) => s.split(':') as [string, string])
        : entriesOf(item).map(([k, v]) => [k, String(v)]),
  );
  const order = sortItems.length ? sortItems : [[register.defaultSort.field, register.defaultSort.order]];
  const orderBy = [
    ...order.map(([name, direction = 'asc']) => {
      const dir = direction.toLowerCase();
      if (dir !== 'asc' && dir !== 'desc') fail('BAD_SORT', { label: name });
      return `${targetOf(name, true).sql} ${dir}`;
    }),
    `id ${order[0][1]?.toLowerCase() === 'asc' ? 'asc' : 'desc'}`,
  ].join(', ');

  const p = query.pagination ?? {};
  const int = (v: unknown, fallback: number) => {
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    return Number.isInteger(n) && n >= 0 ? n : fail('BAD_PAGE', {});
  };
  let pageSize: number;
  let offset: number;
  let page: number;
  if (p.start !== undefined || p.limit !== undefined) {
    pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, int(p.limit, 25)));
    offset = int(p.start, 0);
    page = Math.floor(offset / pageSize) + 1;
  } else {
    page = Math.max(1, int(p.page, 1));
    pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, int(p.pageSize, 25)));
    offset = (page - 1) * pageSize;
  }
  return { where, bindings, orderBy, limit: pageSize, offset, page, pageSize };
};
