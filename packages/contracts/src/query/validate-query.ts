import { formatMessage } from '../messages';
import type { FieldDescription, Locale, RegisterDescription } from '../types';
import { QUERY_MESSAGES, type QueryErrorCode } from './messages';
import { NON_REGISTER_TARGETS, STORE_QUERY_FIELDS, SYSTEM_QUERY_FIELDS } from './targets';

export interface QueryProblem {
  /** The parameter as the person wrote it, dotted: `filters.receivedAt.$gt`, `sort`, `pagination.page`. */
  param: string;
  code: QueryErrorCode;
  message: string;
}

/** What a relation may point at: a register (by key) or one of the non-register targets. */
export type RegisterLookup = (key: string) => RegisterDescription | undefined;

type Kind = 'text' | 'enum' | 'number' | 'integer' | 'date' | 'datetime' | 'boolean' | 'relation' | 'opaque';

const MAX_DEPTH = 8;
const MAX_VALUES = 500;
const MAX_TEXT = 500;
const MAX_PROBLEMS = 10;
const MAX_PAGE_SIZE = 10_000;
const BASE_PARAMS = ['filters', 'sort', 'fields', 'populate', 'pagination'];

const kindOf = (field: FieldDescription): Kind => {
  switch (field.type) {
    case 'string': case 'text': case 'phone': case 'email': case 'idcard':
      return 'text';
    case 'enum':
      // A multiple choice is stored as a JSON list: no operator means anything on it.
      return field.multiple ? 'opaque' : 'enum';
    case 'integer':
      return 'integer';
    case 'decimal': case 'money':
      return 'number';
    case 'date': case 'datetime': case 'boolean': case 'relation':
      return field.type;
    default:
      return 'opaque';
  }
};

const TEXT_OPERATORS = ['$contains', '$notContains', '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi'];
const EQUALITY = ['$eq', '$ne', '$in', '$notIn', '$null', '$notNull', '$not'];
const ORDER = ['$lt', '$lte', '$gt', '$gte', '$between'];
const OPERATORS: Record<Kind, readonly string[]> = {
  text: [...EQUALITY, ...ORDER, '$eqi', '$nei', ...TEXT_OPERATORS],
  enum: [...EQUALITY, '$eqi', '$nei', ...TEXT_OPERATORS],
  number: [...EQUALITY, ...ORDER],
  integer: [...EQUALITY, ...ORDER],
  date: [...EQUALITY, ...ORDER],
  datetime: [...EQUALITY, ...ORDER],
  boolean: EQUALITY,
  relation: ['$null', '$notNull'],
  opaque: ['$null', '$notNull'],
};
const ALL_OPERATORS = new Set(Object.values(OPERATORS).flat());

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(:(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

const isCalendarDay = (y: string, m: string, d: string) => {
  const at = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return at.getUTCFullYear() === Number(y) && at.getUTCMonth() === Number(m) - 1 && at.getUTCDate() === Number(d);
};

const isDate = (v: string) => {
  const m = DATE_RE.exec(v);
  return !!m && isCalendarDay(m[1], m[2], m[3]);
};

/** A date alone, or a date and time (the database compares either); nothing Date.parse would guess at. */
const isDateTime = (v: string) => {
  if (isDate(v)) return true;
  const m = DATETIME_RE.exec(v);
  return !!m && isCalendarDay(m[1], m[2], m[3]) && Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[7] ?? 0) < 60;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);
const own = (o: Record<string, unknown>) => Object.keys(o);

/** qs turns a list of more than 20 items (or with gaps) into an object with numeric keys. */
const listOf = (v: unknown): unknown[] | null => {
  if (Array.isArray(v)) return v;
  if (isPlainObject(v) && own(v).length > 0 && own(v).every((k) => /^\d+$/.test(k))) return Object.values(v);
  return null;
};

const shown = (v: unknown) => {
  const text = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/**
 * Checks a list query (filters, sort, fields, populate, pagination) against a register's fields
 * and their types, before Strapi's query layer sees it: a malformed query is a 400 naming the
 * parameter, never a 500 from the database or a half-sent export. Pure: the panel can use it too.
 */
export const validateListQuery = ({
  register,
  query,
  registerOf,
  locale = 'zh-CN',
  extraParams = [],
}: {
  register: RegisterDescription;
  query: Record<string, unknown>;
  registerOf: RegisterLookup;
  locale?: Locale;
  /** Parameters a route takes beside the list's (an export's `columns` and `locale`). */
  extraParams?: readonly string[];
}): QueryProblem[] => {
  const problems: QueryProblem[] = [];
  const fail = (param: string, code: QueryErrorCode, params: Record<string, string | number> = {}): void => {
    if (problems.length < MAX_PROBLEMS) {
      problems.push({ param, code, message: formatMessage(QUERY_MESSAGES[code][locale], { param, ...params }) });
    }
  };

  const fieldsOf = (target: string | undefined): readonly FieldDescription[] | undefined => {
    if (!target) return undefined;
    const described = NON_REGISTER_TARGETS[target] ?? registerOf(target)?.fields;
    return described ? [...SYSTEM_QUERY_FIELDS, ...described] : undefined;
  };
  const fieldNamed = (fields: readonly FieldDescription[], name: string) => fields.find((f) => f.name === name);

  const checkText = (param: string, v: unknown): string | null => {
    if (!isScalar(v)) {
      fail(param, 'NOT_A_VALUE');
      return null;
    }
    const text = String(v);
    if (text.length > MAX_TEXT) {
      fail(param, 'TOO_LONG', { max: MAX_TEXT });
      return null;
    }
    return text;
  };

  const checkValue = (param: string, field: FieldDescription, kind: Kind, v: unknown, operator: string): void => {
    const text = checkText(param, v);
    if (text === null) return;
    const value = shown(text);
    switch (kind) {
      case 'integer':
        if (!/^-?\d{1,15}$/.test(text.trim())) fail(param, 'NOT_INTEGER', { value });
        return;
      case 'number':
        if (!/^-?\d{1,15}(\.\d{1,6})?$/.test(text.trim())) fail(param, 'NOT_NUMBER', { value });
        return;
      case 'date':
        if (!isDate(text)) fail(param, 'NOT_DATE', { value });
        return;
      case 'datetime':
        if (!isDateTime(text)) fail(param, 'NOT_DATETIME', { value });
        return;
      case 'boolean':
        if (!['true', 'false', '1', '0'].includes(text)) fail(param, 'NOT_BOOLEAN', { value });
        return;
      case 'enum':
        if (['$eq', '$ne', '$in', '$notIn'].includes(operator) && !field.options?.some((o) => o.value === text)) {
          fail(param, 'NOT_OPTION', { value, label: field.label[locale] });
        }
        return;
      default:
        return;
    }
  };

  /** `{ $gt: '…' }` and friends on one field (or a bare value: Strapi's implicit $eq). */
  const checkOperators = (param: string, field: FieldDescription, kind: Kind, node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return fail(param, 'TOO_DEEP');
    if (!isPlainObject(node)) {
      if (kind === 'relation' || kind === 'opaque') return fail(param, 'NOT_FILTERABLE', { label: field.label[locale] });
      return checkValue(param, field, kind, node, '$eq');
    }
    if (own(node).length === 0) return fail(param, 'BAD_SHAPE');
    for (const operator of own(node)) {
      const at = `${param}.${operator}`;
      const operand = node[operator];
      if (!ALL_OPERATORS.has(operator)) {
        fail(at, 'UNKNOWN_OPERATOR', { name: shown(operator) });
        continue;
      }
      if (!OPERATORS[kind].includes(operator)) {
        fail(at, 'OPERATOR_NOT_FOR_FIELD', { name: operator, label: field.label[locale] });
        continue;
      }
      if (operator === '$not') {
        checkOperators(at, field, kind, operand, depth + 1);
      } else if (operator === '$null' || operator === '$notNull') {
        checkValue(at, field, 'boolean', operand, operator);
      } else if (operator === '$in' || operator === '$notIn' || operator === '$between') {
        const values = isScalar(operand) && operator !== '$between' ? [operand] : listOf(operand);
        if (!values) fail(at, 'NOT_A_LIST');
        else if (operator === '$between' && values.length !== 2) fail(at, 'NOT_TWO_VALUES');
        else if (values.length > MAX_VALUES) fail(at, 'TOO_MANY_VALUES', { max: MAX_VALUES });
        else values.forEach((v, i) => checkValue(`${at}.${i}`, field, kind, v, operator));
      } else {
        checkValue(at, field, kind, operand, operator);
      }
    }
  };

  /** A filter object on one described target: field names, $and/$or/$not, relations into their targets. */
  const checkFilters = (param: string, fields: readonly FieldDescription[], node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return fail(param, 'TOO_DEEP');
    if (!isPlainObject(node)) return fail(param, 'BAD_SHAPE');
    for (const key of own(node)) {
      const at = `${param}.${key}`;
      const inner = node[key];
      if (key === '$and' || key === '$or') {
        const items = listOf(inner);
        if (!items) fail(at, 'NOT_A_LIST');
        else items.forEach((item, i) => checkFilters(`${at}.${i}`, fields, item, depth + 1));
        continue;
      }
      if (key === '$not') {
        checkFilters(at, fields, inner, depth + 1);
        continue;
      }
      const field = fieldNamed(fields, key);
      if (!field) {
        fail(at, key.startsWith('$') ? 'UNKNOWN_OPERATOR' : 'UNKNOWN_FIELD', { name: shown(key) });
        continue;
      }
      const kind = kindOf(field);
      if (kind !== 'relation') {
        checkOperators(at, field, kind, inner, depth + 1);
        continue;
      }
      const targetFields = fieldsOf(field.target);
      if (!isPlainObject(inner) || !targetFields) {
        fail(at, 'NOT_FILTERABLE', { label: field.label[locale] });
        continue;
      }
      // On a relation: $null/$notNull on the link itself, anything else is a filter on the target.
      const isLinkOperator = (k: string) => k === '$null' || k === '$notNull';
      const link = own(inner).filter(isLinkOperator);
      if (link.length) checkOperators(at, field, kind, Object.fromEntries(link.map((k) => [k, inner[k]])), depth + 1);
      const rest = Object.fromEntries(own(inner).filter((k) => !isLinkOperator(k)).map((k) => [k, inner[k]]));
      if (own(rest).length) checkFilters(at, targetFields, rest, depth + 1);
    }
  };

  /** `unit.code` → the field at the end of the path, or a problem. */
  const resolvePath = (param: string, fields: readonly FieldDescription[], path: string): FieldDescription | undefined => {
    let current = fields;
    const parts = path.split('.');
    for (const [i, name] of parts.entries()) {
      const field = fieldNamed(current, name);
      if (!field) {
        fail(param, 'UNKNOWN_FIELD', { name: shown(name) });
        return undefined;
      }
      if (i === parts.length - 1) return field;
      const next = field.type === 'relation' ? fieldsOf(field.target) : undefined;
      if (!next) {
        fail(param, 'NOT_SORTABLE', { label: field.label[locale] });
        return undefined;
      }
      current = next;
    }
    return undefined;
  };

  const checkSort = (param: string, fields: readonly FieldDescription[], sort: unknown): void => {
    const items = typeof sort === 'string' ? [sort] : listOf(sort) ?? (isPlainObject(sort) ? [sort] : null);
    if (!items) return fail(param, 'BAD_SHAPE');
    if (items.length > 20) return fail(param, 'TOO_MANY_VALUES', { max: 20 });
    items.forEach((item, i) => {
      const at = items.length > 1 || Array.isArray(sort) ? `${param}.${i}` : param;
      const pairs: Array<[string, unknown]> = typeof item === 'string'
        ? item.split(',').map((part) => {
          const [name, direction = 'asc', ...extra] = part.trim().split(':');
          return [name, extra.length ? `${direction}:${extra.join(':')}` : direction];
        })
        : isPlainObject(item) ? Object.entries(item) : [];
      if (!pairs.length) return fail(at, 'BAD_SHAPE');
      for (const [name, direction] of pairs) {
        if (typeof item === 'string' && item.length > MAX_TEXT) return fail(at, 'TOO_LONG', { max: MAX_TEXT });
        if (typeof direction !== 'string' || !/^(asc|desc)$/i.test(direction)) {
          fail(at, 'BAD_DIRECTION');
          continue;
        }
        const field = resolvePath(at, fields, name);
        if (field && !['text', 'enum', 'number', 'integer', 'date', 'datetime', 'boolean'].includes(kindOf(field))) {
          fail(at, 'NOT_SORTABLE', { label: field.label[locale] });
        }
      }
    });
  };

  const checkFields = (param: string, fields: readonly FieldDescription[], value: unknown): void => {
    const names = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : listOf(value);
    if (!names) return fail(param, 'BAD_SHAPE');
    if (names.length > 200) return fail(param, 'TOO_MANY_VALUES', { max: 200 });
    names.forEach((name, i) => {
      const at = Array.isArray(value) || typeof value !== 'string' ? `${param}.${i}` : param;
      if (typeof name !== 'string') return fail(at, 'NOT_A_VALUE');
      const field = fieldNamed(fields, name);
      if (!field) return fail(at, 'UNKNOWN_FIELD', { name: shown(name) });
      if (field.type === 'relation' || field.type === 'media') fail(at, 'NOT_SELECTABLE', { label: field.label[locale] });
    });
  };

  const populatable = (param: string, fields: readonly FieldDescription[] | undefined, name: string): FieldDescription | undefined => {
    // A target without a description (files): Strapi's own validation knows its attributes.
    if (!fields) return /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(name) ? ({ name, type: 'media', label: { 'zh-CN': name, en: name } }) : undefined;
    const field = fieldNamed(fields, name);
    if (!field) fail(param, 'UNKNOWN_FIELD', { name: shown(name) });
    else if (field.type !== 'relation' && field.type !== 'media') fail(param, 'NOT_POPULATABLE', { label: field.label[locale] });
    else return field;
    return undefined;
  };

  const targetOf = (field: FieldDescription) => (field.type === 'relation' ? fieldsOf(field.target) : undefined);

  const checkPopulate = (param: string, fields: readonly FieldDescription[] | undefined, value: unknown, depth: number): void => {
    if (depth > 4) return fail(param, 'TOO_DEEP');
    if (value === '*' || value === true || value === 'true') return;
    const paths = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : listOf(value);
    if (paths) {
      paths.forEach((path, i) => {
        const at = typeof value === 'string' ? param : `${param}.${i}`;
        if (typeof path !== 'string' || path === '') return fail(at, 'BAD_SHAPE');
        let current = fields;
        for (const name of path.split('.')) {
          const field = populatable(at, current, name);
          if (!field) return;
          current = targetOf(field);
        }
      });
      return;
    }
    if (!isPlainObject(value)) return fail(param, 'BAD_SHAPE');
    for (const name of own(value)) {
      const at = `${param}.${name}`;
      const field = populatable(at, fields, name);
      if (!field) continue;
      const inner = value[name];
      if (inner === true || inner === false || inner === '*' || inner === 'true' || inner === 'false') continue;
      if (!isPlainObject(inner)) {
        fail(at, 'BAD_SHAPE');
        continue;
      }
      const target = targetOf(field);
      for (const key of own(inner)) {
        const innerAt = `${at}.${key}`;
        if (key === 'populate') checkPopulate(innerAt, target, inner[key], depth + 1);
        else if (!target && ['fields', 'filters', 'sort'].includes(key)) checkShapeOnly(innerAt, inner[key], depth);
        else if (target && key === 'fields') checkFields(innerAt, target, inner[key]);
        else if (target && key === 'filters') checkFilters(innerAt, target, inner[key], depth + 1);
        else if (target && key === 'sort') checkSort(innerAt, target, inner[key]);
        else fail(innerAt, 'UNKNOWN_PARAMETER');
      }
    }
  };

  /** Files and other undescribed targets: only that keys are names and the nesting ends. */
  const checkShapeOnly = (param: string, value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return fail(param, 'TOO_DEEP');
    if (isScalar(value)) {
      checkText(param, value);
      return;
    }
    if (!value || typeof value !== 'object') return fail(param, 'BAD_SHAPE');
    for (const key of own(value as Record<string, unknown>)) {
      if (!/^\$?[A-Za-z0-9_]{1,64}$/.test(key) || key === '__proto__' || key === 'constructor' || key === 'prototype') {
        fail(`${param}.${shown(key)}`, 'UNKNOWN_FIELD', { name: shown(key) });
        continue;
      }
      checkShapeOnly(`${param}.${key}`, (value as Record<string, unknown>)[key], depth + 1);
    }
  };

  const checkPagination = (param: string, value: unknown): void => {
    if (!isPlainObject(value)) return fail(param, 'BAD_SHAPE');
    const ranges: Record<string, [number, number]> = {
      page: [1, 1_000_000], pageSize: [1, MAX_PAGE_SIZE], start: [0, 1_000_000_000], limit: [1, MAX_PAGE_SIZE],
    };
    for (const key of own(value)) {
      const at = `${param}.${key}`;
      const v = value[key];
      if (key === 'withCount') {
        if (!['true', 'false', true, false].includes(v as string | boolean)) fail(at, 'NOT_BOOLEAN', { value: shown(v) });
        continue;
      }
      const range = ranges[key];
      if (!range) {
        fail(at, 'UNKNOWN_PARAMETER');
        continue;
      }
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,10}$/.test(v) ? Number(v) : NaN;
      if (!Number.isInteger(n) || n < range[0] || n > range[1]) fail(at, 'BAD_PAGINATION', { min: range[0], max: range[1] });
    }
    const has = (k: string) => k in value;
    if ((has('page') || has('pageSize')) && (has('start') || has('limit'))) fail(param, 'MIXED_PAGINATION');
  };

  const fields = [...SYSTEM_QUERY_FIELDS, ...register.fields, ...(register.store ? STORE_QUERY_FIELDS : [])];
  const allowed = new Set([...BASE_PARAMS, ...extraParams]);
  for (const key of own(query)) {
    const value = query[key];
    if (!allowed.has(key)) fail(shown(key), 'UNKNOWN_PARAMETER');
    else if (value === undefined || value === '') continue;
    else if (key === 'filters') checkFilters('filters', fields, value, 0);
    else if (key === 'sort') checkSort('sort', fields, value);
    else if (key === 'fields') checkFields('fields', fields, value);
    else if (key === 'populate') checkPopulate('populate', fields, value, 0);
    else if (key === 'pagination') checkPagination('pagination', value);
  }
  return problems;
};
