import type { ConditionalFilter, CrudFilter, LogicalFilter } from '@refinedev/core';
import { isEmptyValue, isRecord, type JsonRecord } from './guards';

/** A Strapi 5 `filters` object, e.g. `{ unit: { code: { $containsi: 'A1' } } }`. */
export type StrapiFilters = JsonRecord;

type FieldOperator = LogicalFilter['operator'];

/**
 * Maps Refine filters to Strapi `filters`. Several top-level filters are
 * combined with `$and` (Refine ANDs them) rather than merged, so two
 * conditions on one field never overwrite each other. Returns undefined when
 * nothing is left to filter on.
 */
export function mapFilters(filters: readonly CrudFilter[] | undefined): StrapiFilters | undefined {
  const mapped = mapEach(filters ?? []);
  if (mapped.length === 0) return undefined;
  if (mapped.length === 1) return mapped[0];
  return { $and: mapped };
}

function mapEach(filters: readonly CrudFilter[]): StrapiFilters[] {
  return filters.map(mapFilter).filter((filter): filter is StrapiFilters => filter !== undefined);
}

function mapFilter(filter: CrudFilter): StrapiFilters | undefined {
  return isConditional(filter) ? mapConditional(filter) : mapLogical(filter);
}

function isConditional(filter: CrudFilter): filter is ConditionalFilter {
  return filter.operator === 'or' || filter.operator === 'and';
}

function mapConditional(filter: ConditionalFilter): StrapiFilters | undefined {
  const children = mapEach(filter.value);
  // An `or` whose every branch was cleared must not become `$or: []`.
  if (children.length === 0) return undefined;
  return { [`$${filter.operator}`]: children };
}

function mapLogical(filter: LogicalFilter): StrapiFilters | undefined {
  const condition = fieldCondition(filter.operator, normalizeValue(filter.value));
  if (!condition) return undefined;
  // `unit.code` filters through the relation: { unit: { code: condition } }.
  return filter.field
    .split('.')
    .reduceRight<StrapiFilters>((inner, key) => ({ [key]: inner }), condition);
}

/** The condition on one field, or undefined when the filter was cleared. */
function fieldCondition(operator: FieldOperator, value: unknown): StrapiFilters | undefined {
  switch (operator) {
    case 'null':
      return { $null: true };
    case 'nnull':
      return { $notNull: true };
    case 'between':
      return rangeCondition(value);
    case 'nbetween':
      return negate(rangeCondition(value));
    default:
      break;
  }
  if (isEmptyValue(value)) return undefined;
  switch (operator) {
    case 'eq':
    case 'eqs':
      return { $eq: value };
    case 'ne':
    case 'nes':
      return { $ne: value };
    case 'lt':
      return { $lt: value };
    case 'gt':
      return { $gt: value };
    case 'lte':
      return { $lte: value };
    case 'gte':
      return { $gte: value };
    // Strapi has no "array column contains" operator; our registers keep no
    // array columns, so ina/nina mean membership like in/nin.
    case 'in':
    case 'ina':
      return { $in: toList(value) };
    case 'nin':
    case 'nina':
      return { $notIn: toList(value) };
    case 'contains':
      return { $containsi: value };
    case 'ncontains':
      return { $notContainsi: value };
    case 'containss':
      return { $contains: value };
    case 'ncontainss':
      return { $notContains: value };
    // Strapi has no $notStartsWith/$notEndsWith: wrap the positive form in $not.
    case 'startswith':
      return { $startsWithi: value };
    case 'nstartswith':
      return { $not: { $startsWithi: value } };
    case 'startswiths':
      return { $startsWith: value };
    case 'nstartswiths':
      return { $not: { $startsWith: value } };
    case 'endswith':
      return { $endsWithi: value };
    case 'nendswith':
      return { $not: { $endsWithi: value } };
    case 'endswiths':
      return { $endsWith: value };
    case 'nendswiths':
      return { $not: { $endsWith: value } };
    default:
      return unsupported(operator);
  }
}

/**
 * `[from, to]` → $between. A range picker cleared on one side still filters on
 * the other bound instead of being dropped.
 */
function rangeCondition(value: unknown): StrapiFilters | undefined {
  if (!Array.isArray(value)) return undefined;
  const [from, to] = value;
  const hasFrom = !isEmptyValue(from);
  const hasTo = !isEmptyValue(to);
  if (hasFrom && hasTo) return { $between: [from, to] };
  if (hasFrom) return { $gte: from };
  if (hasTo) return { $lte: to };
  return undefined;
}

function negate(condition: StrapiFilters | undefined): StrapiFilters | undefined {
  return condition ? { $not: condition } : undefined;
}

function toList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/**
 * Date pickers hand over Date or dayjs objects; qs would serialize a dayjs
 * object's internals, so any value with toISOString is sent as that string.
 */
function normalizeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeValue);
  if (isRecord(value)) {
    const toIso = value.toISOString;
    if (typeof toIso === 'function') {
      const iso: unknown = toIso.call(value);
      return String(iso);
    }
  }
  return value;
}

function unsupported(operator: never): never {
  throw new Error(`Unsupported filter operator: ${String(operator)}`);
}
