import { BUILT_IN_REGISTERS, complaintRegister, findBuiltInRegister, validateListQuery } from '../..';

const [first, second] = complaintRegister.workflow?.states.map((s) => s.value) ?? [];
const check = (query: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  validateListQuery({ register: complaintRegister, query, registerOf: findBuiltInRegister, locale });
const params = (query: Record<string, unknown>) => check(query).map((p) => `${p.param}:${p.code}`);

describe('validateListQuery — a malformed list query is refused before the database sees it', () => {
  it.each([
    ['the panel list query', { filters: { $and: [{ status: { $in: [first, second] } }, { unit: { code: { $containsi: 'A1' } } }] }, sort: ['dueAt:asc'], pagination: { page: '2', pageSize: '20' }, populate: ['unit', 'department'] }],
    ['a picker filter by documentId', { filters: { unit: { documentId: { $eq: 'abc123' } } } }],
    ['a received-time range', { filters: { receivedAt: { $between: ['2026-11-01', '2026-11-30T23:59:59+08:00'] } } }],
    ['a nested populate', { populate: { unit: { fields: ['code'] }, receivedBy: { populate: { department: true } } } }],
    ['a user filter through the role', { filters: { receivedBy: { role: { type: { $eq: 'staff' } } } } }],
    ['an implicit $eq and $null', { filters: { status: first, dueAt: { $null: 'true' } } }],
    ['fields and a comma sort', { fields: ['number', 'status'], sort: 'receivedAt:desc,id' }],
  ])('accepts %s', (_, query) => {
    expect(check(query)).toEqual([]);
  });

  it.each([
    ['$between with one value', { filters: { receivedAt: { $between: ['2026-01-01'] } } }, 'filters.receivedAt.$between:NOT_TWO_VALUES'],
    ['$between on a choice', { filters: { status: { $between: ['a'] } } }, 'filters.status.$between:OPERATOR_NOT_FOR_FIELD'],
    ['$between on a text field with a wrong type', { filters: { receivedAt: { $between: ['x', 'y'] } } }, 'filters.receivedAt.$between.0:NOT_DATETIME'],
    ['a nested $eq', { filters: { status: { $eq: { $eq: 'x' } } } }, 'filters.status.$eq:NOT_A_VALUE'],
    ['a date that is not one', { filters: { receivedAt: { $gt: 'notadate' } } }, 'filters.receivedAt.$gt:NOT_DATETIME'],
    ['an id that is not a number', { filters: { id: { $lt: 'abc' } } }, 'filters.id.$lt:NOT_INTEGER'],
    ['__proto__ as a field', { fields: ['__proto__'] }, 'fields.0:UNKNOWN_FIELD'],
    ['an unknown operator', { filters: { status: { $regex: '.*' } } }, 'filters.status.$regex:UNKNOWN_OPERATOR'],
    ['a bad enum value', { filters: { status: { $eq: 'nope' } } }, 'filters.status.$eq:NOT_OPTION'],
    ['an unknown sort field', { sort: 'nope:asc' }, 'sort:UNKNOWN_FIELD'],
    ['a bad sort direction', { sort: 'dueAt:sideways' }, 'sort:BAD_DIRECTION'],
    ['a populate of a text field', { populate: ['residentName'] }, 'populate.0:NOT_POPULATABLE'],
    ['a page that is not a number', { pagination: { page: 'abc' } }, 'pagination.page:BAD_PAGINATION'],
    ['page and start together', { pagination: { page: '1', start: '0' } }, 'pagination:MIXED_PAGINATION'],
    ['an unknown parameter', { _q: 'x' }, '_q:UNKNOWN_PARAMETER'],
    ['a contains on a date', { filters: { receivedAt: { $containsi: '2026' } } }, 'filters.receivedAt.$containsi:OPERATOR_NOT_FOR_FIELD'],
    ['a text longer than 500', { filters: { residentName: { $containsi: 'x'.repeat(501) } } }, 'filters.residentName.$containsi:TOO_LONG'],
    ['$or that is not a list', { filters: { $or: 'x' } }, 'filters.$or:NOT_A_LIST'],
    ['a relation compared to a value', { filters: { unit: 'x' } }, 'filters.unit:NOT_FILTERABLE'],
  ])('refuses %s, naming the parameter', (_, query, expected) => {
    expect(params(query)).toContain(expected);
  });

  it('words the message in the person\'s language', () => {
    const query = { filters: { receivedAt: { $gt: 'notadate' } } };
    expect(check(query)[0].message).toBe('查询参数 filters.receivedAt.$gt：“notadate”不是有效的日期时间');
    expect(check(query, 'en')[0].message).toBe('filters.receivedAt.$gt: "notadate" is not a valid date and time');
  });

  it('takes a route\'s own parameters only when the route names them', () => {
    const query = { columns: 'number', locale: 'en' };
    expect(params(query)).toEqual(['columns:UNKNOWN_PARAMETER', 'locale:UNKNOWN_PARAMETER']);
    expect(validateListQuery({ register: complaintRegister, query, registerOf: findBuiltInRegister, extraParams: ['columns', 'locale'] })).toEqual([]);
  });

  it.each(BUILT_IN_REGISTERS.map((r) => [r.key, r] as const))('accepts the default sort and list fields of %s', (_, register) => {
    const query = { sort: `${register.defaultSort.field}:${register.defaultSort.order}`, fields: register.listFields.filter((n) => register.fields.find((f) => f.name === n && f.type !== 'relation' && f.type !== 'media')) };
    expect(validateListQuery({ register, query, registerOf: findBuiltInRegister })).toEqual([]);
  });
});
