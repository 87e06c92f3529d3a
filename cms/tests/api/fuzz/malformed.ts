import type { FieldDescription, RegisterDescription } from '@wuyedesk/contracts';

/** A small seeded generator (mulberry32): the same run every time, so a failure can be replayed. */
export const seeded = (seed: number) => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
};

export type Random = ReturnType<typeof seeded>;

/** A request body as sent: JSON to be encoded, or raw text with its content type. */
export type Body = { json: unknown } | { raw: string; type: string };

const e = encodeURIComponent;
const HUGE_QUERY_VALUE = 'x'.repeat(4000);

export const BAD_IDS = [
  'doesnotexist000000000000', '__proto__', 'constructor', 'a'.repeat(300), "1' or '1'='1", '%00', '..%2F..%2Fetc', '0', '-1', '1e9999', '%E0%A4%A',
];

/** Values that are wrong for a field of this type (every one must be refused). */
const badValues = (field: FieldDescription, validId: string): unknown[] => {
  const tooLong = field.maxLength ? ['字'.repeat(field.maxLength + 1)] : [];
  switch (field.type) {
    case 'string': case 'text': case 'phone': case 'email': case 'idcard':
      return [12345, { $eq: 'x' }, ['a'], true, ...tooLong, ...(field.type === 'phone' ? ['12'] : []), ...(field.type === 'idcard' ? ['110101199003070000'] : [])];
    case 'integer': case 'decimal': case 'money':
      return ['abc', '12', { $gt: 1 }, [1], true, 1.2345, ...(field.max !== undefined ? [field.max + 1] : []), ...(field.min !== undefined ? [field.min - 1] : [])];
    case 'date':
      return ['notadate', '2026-02-30', '2026-13-01', 20261201, { $lt: '2026-01-01' }, '2026-01-01T00:00:00Z'];
    case 'datetime':
      return ['notadate', '2026-02-30T09:00:00Z', '2026-11-24 09:00', 1700000000000, { $gt: 'x' }, '2026-01-01T25:00:00Z'];
    case 'boolean':
      return ['yes', 1, 'true', { $eq: true }, [true]];
    case 'enum':
      return field.multiple ? ['x', ['nope'], [1], { connect: [] }] : ['nope', ['a'], 1, { $in: ['a'] }, '__proto__'];
    case 'relation':
      return [
        { connect: [validId] }, { set: [validId] }, { disconnect: [validId] }, { documentId: validId }, { id: 1 },
        'doesnotexist000000000000', 123, field.multiple ? 'notalist' : [validId, validId], { connect: [{ id: 1 }] }, '__proto__',
      ];
    case 'media':
      return ['a.jpg', [-1], { id: 1 }, 2147483647, [2147483647], { connect: [1] }];
    case 'group':
      return ['x', [1, 2], [{ unknown: 1 }], { rows: [] }];
    case 'json':
      return [];
    default:
      return ['?'];
  }
};

const rawJson = (text: string): Body => ({ raw: text, type: 'application/json' });

/** Bodies broken before any register rule: unreadable, oversized, prototype keys, `data` of the wrong shape. */
const brokenBodies = ({ forAction = false, forSettings = false } = {}): Body[] => [
  rawJson('{bad'),
  rawJson('{"data": {"residentName": "x",}}'),
  rawJson('"just a string"'),
  rawJson('[1,2,3]'),
  // An empty body is no input: valid for an action (完成盘点 takes none), malformed for a write.
  ...(forAction ? [] : [rawJson('')]),
  rawJson('{"data": {"__proto__": {"isAdmin": true}}}'),
  rawJson('{"__proto__": {"data": {}}}'),
  rawJson('{"data": {"constructor": {"prototype": {"x": 1}}}}'),
  rawJson(`{"data": {"notes": "${'字'.repeat(100_000)}"}}`),
  rawJson('{"data": {"n": 1e400}}'),
  rawJson('{"data": ' + '['.repeat(2000) + ']'.repeat(2000) + '}'),
  { raw: 'data[unit][connect][0]=x&data[status]=closed', type: 'application/x-www-form-urlencoded' },
  { raw: 'data=1', type: 'text/plain' },
  { raw: '<data/>', type: 'application/xml' },
  { json: { data: [] } },
  { json: { data: 'x' } },
  // `{ data: null }` turns quiet hours off: a setting, not malformed.
  ...(forSettings ? [] : [{ json: { data: null } }]),
  { json: { data: 42 } },
  { json: { notData: {} } },
  { json: { data: { unknownField: 1 }, extra: { a: 1 } } },
];

export interface FieldTarget {
  register: RegisterDescription;
  /** An existing record's documentId (relations in bodies point at real rows too). */
  validId: string;
}

/** A body for a create or update: one field with a wrong value (and sometimes more), or a broken body. */
export const malformedWriteBody = (r: Random, { register, validId }: FieldTarget): Body => {
  const family = r.int(10);
  if (family < 3) return r.pick(brokenBodies());
  const writable = register.fields.filter((f) => badValues(f, validId).length);
  const data: Record<string, unknown> = {};
  if (family === 3) data[r.pick(['unknownField', 'constructor', 'toString', 'id', 'documentId', 'createdAt', 'publishedAt', 'locale'])] = 'x';
  else if (family === 4) {
    const managed = register.fields.filter((f) => f.managed || f.writtenBy?.length);
    data[(managed.length ? r.pick(managed) : r.pick(register.fields)).name] = 'x';
    data.unknownField = 1;
  } else {
    const count = 1 + r.int(3);
    for (let i = 0; i < count; i += 1) {
      const field = r.pick(writable.length ? writable : register.fields);
      const values = badValues(field, validId);
      data[field.name] = values.length ? r.pick(values) : { unknown: true };
    }
  }
  return { json: { data } };
};

/** The input of a workflow action: bad values of its input fields, or fields it does not take. */
export const malformedActionBody = (r: Random, target: FieldTarget, actionInput: readonly string[]): Body => {
  const family = r.int(6);
  if (family < 2) return r.pick(brokenBodies({ forAction: true }));
  if (family === 2) return { json: { data: { note: '字'.repeat(1001), unknownField: 1 } } };
  const fields = target.register.fields.filter((f) => actionInput.includes(f.name) && badValues(f, target.validId).length);
  if (family === 3 || !fields.length) return { json: { data: { [r.pick(['unknownField', 'status', 'number', '__proto__x'])]: 'x' } } };
  const field = r.pick(fields);
  return { json: { data: { [field.name]: r.pick(badValues(field, target.validId)), unknownField: 1 } } };
};

const enc = (key: string, value: string) => `${key}=${e(value)}`;

/** A query string that must be refused: wrong operators, values of the wrong type, unknown names. */
export const malformedQuery = (r: Random, register: RegisterDescription, { extra = '' }: { extra?: string } = {}): string => {
  const fields = register.fields.filter((f) => f.type !== 'json');
  const field = r.pick(fields);
  const f = field.name;
  const bad = (): string => {
    switch (field.type) {
      case 'integer': case 'decimal': case 'money': return r.pick(['abc', '1x', '--1', '1e999']);
      case 'date': return r.pick(['notadate', '2026-02-30', '2026-13-01']);
      case 'datetime': return r.pick(['notadate', '2026-02-30T00:00:00Z', 'yesterday']);
      case 'boolean': return r.pick(['maybe', 'yes', '2']);
      case 'enum': return r.pick(['nope', '__proto__', '']);
      default: return HUGE_QUERY_VALUE;
    }
  };
  const relation = register.fields.find((x) => x.type === 'relation');
  const options: Array<() => string> = [
    () => `filters[${f}][$between][]=${e(bad())}`,
    () => `filters[${f}][$between][0]=a&filters[${f}][$between][1]=b&filters[${f}][$between][2]=c`,
    () => `filters[${f}][$eq][$eq]=x`,
    () => `filters[${f}][$eq]=${e(bad())}`,
    () => `filters[${f}][$gt]=${e(bad())}`,
    () => `filters[${f}][$in][0]=${e(bad())}&filters[${f}][$in][1]=${e(bad())}`,
    () => `filters[${f}][$regex]=.*`,
    () => `filters[${f}][$null]=maybe`,
    () => `filters[${f}][$not][$not][$eq][x]=1`,
    () => `filters[id][$lt]=abc`,
    () => `filters[id][$in][0]=1&filters[id][$in][1]=x`,
    () => `filters[documentId][$containsi]=${e(HUGE_QUERY_VALUE)}`,
    () => `filters[createdAt][$gte]=notadate`,
    () => `filters[nosuchfield][$eq]=1`,
    () => `filters[__proto__][polluted]=1&filters[constructor][prototype][x]=1&filters[nosuch]=1`,
    () => `filters[$or]=x`,
    () => `filters[$and][0][${f}][$between][0]=1`,
    () => `filters=${e('{"a":1}')}`,
    () => `filters[${'a]['.repeat(40)}x]=1`,
    () => (relation ? `filters[${relation.name}][connect][0]=x` : `filters[${f}][connect][0]=x`),
    () => (relation ? `filters[${relation.name}]=x` : `filters[${f}][$contains][x]=y`),
    () => `sort=${e(r.pick(['nope:asc', `${f}:sideways`, '__proto__', `${f}:asc:desc`, 'unit.nope:asc', ':asc']))}`,
    () => `sort[0][${f}]=up`,
    () => `fields[0]=__proto__`,
    () => `fields[0]=${r.pick(['nope', 'constructor', 'password'])}`,
    () => (relation ? `fields[0]=${relation.name}` : `fields=nope`),
    () => `populate=${r.pick(['nope', '__proto__', f, `${f}.x.y`, 'createdBy', 'updatedBy'])}`,
    () => `populate[${relation?.name ?? f}][populate][nope]=true`,
    () => `populate[${relation?.name ?? f}][filters][nope][$eq]=1`,
    () => `populate[${relation?.name ?? f}]=maybe`,
    () => `pagination[page]=${r.pick(['abc', '-1', '0', '99999999999', '1.5'])}`,
    () => `pagination[pageSize]=${r.pick(['abc', '-5', '0', '1e3'])}`,
    () => `pagination[page]=1&pagination[start]=0`,
    () => `pagination[limit]=-1`,
    () => `pagination[withCount]=perhaps`,
    () => `pagination=5`,
    () => `nosuchparam=1`,
    () => `_q=${e('x')}`,
    () => `%E0%A4%A=1&filters[${f}]=%E0%A4%A`,
    () => enc('filters', HUGE_QUERY_VALUE),
  ];
  const query = r.pick(options)();
  return extra ? `${query}&${extra}` : query;
};

/** Query strings for routes that take none (or a fixed few): unknown names, nonsense values. */
export const junkQuery = (r: Random): string =>
  r.pick(['nosuchparam=1', 'filters[x]=1', `q=${HUGE_QUERY_VALUE}`, 'sort=nope', 'pagination[page]=abc', 'from=notadate&to=2026-13-45', 'from=2026-12-01&to=2025-01-01', 'register=nope', '%E0%A4%A=1']);

/** A settings body that must be refused (unknown keys only, wrong types, broken). */
export const malformedSettingsBody = (r: Random, keys: readonly string[]): Body => {
  const family = r.int(5);
  if (family < 2) return r.pick(brokenBodies({ forSettings: true }));
  if (family === 2) return { json: { data: { unknownKey: 1, __x: 2 } } };
  // Values no setting takes for any of its keys (objects where text, numbers or lists are expected).
  const key = r.pick(keys);
  return { json: { data: { [key]: r.pick([{ $gt: 1 }, { connect: [1] }, [{ $where: 'x' }]]) } } };
};
