import type { CrudFilter, LogicalFilter } from '@refinedev/core';
import { mapFilters } from '../filters';

function field(operator: LogicalFilter['operator'], value: unknown, name = 'title'): LogicalFilter {
  return { field: name, operator, value };
}

describe('mapFilters: one operator each', () => {
  it.each<[LogicalFilter['operator'], unknown, unknown]>([
    ['eq', 'open', { $eq: 'open' }],
    ['ne', 'open', { $ne: 'open' }],
    ['eqs', 'Open', { $eq: 'Open' }],
    ['nes', 'Open', { $ne: 'Open' }],
    ['lt', 5, { $lt: 5 }],
    ['gt', 5, { $gt: 5 }],
    ['lte', 5, { $lte: 5 }],
    ['gte', 5, { $gte: 5 }],
    ['in', ['open', 'closed'], { $in: ['open', 'closed'] }],
    ['nin', ['open', 'closed'], { $notIn: ['open', 'closed'] }],
    ['ina', ['open', 'closed'], { $in: ['open', 'closed'] }],
    ['nina', ['open', 'closed'], { $notIn: ['open', 'closed'] }],
    ['contains', '漏水', { $containsi: '漏水' }],
    ['ncontains', '漏水', { $notContainsi: '漏水' }],
    ['containss', 'Leak', { $contains: 'Leak' }],
    ['ncontainss', 'Leak', { $notContains: 'Leak' }],
    ['between', [1, 9], { $between: [1, 9] }],
    ['nbetween', [1, 9], { $not: { $between: [1, 9] } }],
    ['null', true, { $null: true }],
    ['nnull', true, { $notNull: true }],
    ['startswith', 'ts', { $startsWithi: 'ts' }],
    ['nstartswith', 'ts', { $not: { $startsWithi: 'ts' } }],
    ['startswiths', 'TS', { $startsWith: 'TS' }],
    ['nstartswiths', 'TS', { $not: { $startsWith: 'TS' } }],
    ['endswith', '01', { $endsWithi: '01' }],
    ['nendswith', '01', { $not: { $endsWithi: '01' } }],
    ['endswiths', 'A', { $endsWith: 'A' }],
    ['nendswiths', 'A', { $not: { $endsWith: 'A' } }],
  ])('maps %s with %j to %j', (operator, value, condition) => {
    expect(mapFilters([field(operator, value)])).toEqual({ title: condition });
  });
});

describe('mapFilters: values', () => {
  it('returns undefined when there are no filters', () => {
    expect(mapFilters(undefined)).toBeUndefined();
  });

  it('returns undefined for an empty filter list', () => {
    expect(mapFilters([])).toBeUndefined();
  });

  it.each([
    ['undefined', undefined],
    ['an empty string', ''],
    ['an empty array', []],
    ['null', null],
  ])('skips a filter whose value is %s', (_label, value) => {
    expect(mapFilters([field('eq', value)])).toBeUndefined();
  });

  it('keeps a null filter even though its value is undefined', () => {
    expect(mapFilters([field('null', undefined)])).toEqual({ title: { $null: true } });
  });

  it('keeps an nnull filter even though its value is undefined', () => {
    expect(mapFilters([field('nnull', undefined)])).toEqual({ title: { $notNull: true } });
  });

  it('keeps falsy values that are real values, like 0 and false', () => {
    expect(mapFilters([field('eq', 0, 'count'), field('eq', false, 'urgent')])).toEqual({
      $and: [{ count: { $eq: 0 } }, { urgent: { $eq: false } }],
    });
  });

  it('wraps a single value given to in into a list', () => {
    expect(mapFilters([field('in', 'open')])).toEqual({ title: { $in: ['open'] } });
  });

  it('turns a between with only a lower bound into $gte', () => {
    expect(mapFilters([field('between', ['2024-01-01', undefined])])).toEqual({
      title: { $gte: '2024-01-01' },
    });
  });

  it('turns a between with only an upper bound into $lte', () => {
    expect(mapFilters([field('between', [null, '2024-12-31'])])).toEqual({
      title: { $lte: '2024-12-31' },
    });
  });

  it('turns an nbetween with only a lower bound into a negated $gte', () => {
    expect(mapFilters([field('nbetween', [3, undefined])])).toEqual({
      title: { $not: { $gte: 3 } },
    });
  });

  it('skips a between whose bounds are both empty', () => {
    expect(mapFilters([field('between', [undefined, ''])])).toBeUndefined();
  });

  it('skips a between whose value is not a list', () => {
    expect(mapFilters([field('between', 5)])).toBeUndefined();
  });

  it('sends Date values as ISO strings', () => {
    const date = new Date('2024-03-01T08:00:00.000Z');
    expect(mapFilters([field('gte', date, 'createdAt')])).toEqual({
      createdAt: { $gte: '2024-03-01T08:00:00.000Z' },
    });
  });

  it('sends dayjs-like values from date pickers as their ISO strings', () => {
    const dayjsLike = { $d: new Date(0), toISOString: () => '2024-03-01T00:00:00.000Z' };
    expect(mapFilters([field('between', [dayjsLike, dayjsLike], 'createdAt')])).toEqual({
      createdAt: { $between: ['2024-03-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'] },
    });
  });

  it('throws on an operator Refine does not define', () => {
    const bogus = { field: 'title', operator: 'like', value: 'x' } as unknown as CrudFilter;
    expect(() => mapFilters([bogus])).toThrow('Unsupported filter operator: like');
  });
});

describe('mapFilters: fields and logic', () => {
  it('nests a dotted field through its relation', () => {
    expect(mapFilters([field('eq', 'dep-1', 'department.documentId')])).toEqual({
      department: { documentId: { $eq: 'dep-1' } },
    });
  });

  it('nests a negated operator under a dotted field', () => {
    expect(mapFilters([field('nstartswith', 'B', 'unit.code')])).toEqual({
      unit: { code: { $not: { $startsWithi: 'B' } } },
    });
  });

  it('returns a single filter without an $and around it', () => {
    expect(mapFilters([field('eq', 'open', 'status')])).toEqual({ status: { $eq: 'open' } });
  });

  it('combines several top-level filters with $and', () => {
    expect(mapFilters([field('gte', 1, 'level'), field('lte', 3, 'level')])).toEqual({
      $and: [{ level: { $gte: 1 } }, { level: { $lte: 3 } }],
    });
  });

  it('leaves cleared filters out of the $and', () => {
    expect(mapFilters([field('eq', 'open', 'status'), field('eq', undefined, 'unit')])).toEqual({
      status: { $eq: 'open' },
    });
  });

  it('maps an or to $or', () => {
    const filter: CrudFilter = {
      operator: 'or',
      value: [field('contains', 'A1', 'code'), field('contains', 'A1', 'title')],
    };
    expect(mapFilters([filter])).toEqual({
      $or: [{ code: { $containsi: 'A1' } }, { title: { $containsi: 'A1' } }],
    });
  });

  it('maps an and to $and', () => {
    const filter: CrudFilter = {
      operator: 'and',
      value: [field('eq', 'open', 'status'), field('nnull', true, 'unit')],
    };
    expect(mapFilters([filter])).toEqual({
      $and: [{ status: { $eq: 'open' } }, { unit: { $notNull: true } }],
    });
  });

  it('maps an or nested in an and nested in an or', () => {
    const filter: CrudFilter = {
      operator: 'or',
      value: [
        field('eq', 'urgent', 'priority'),
        {
          operator: 'and',
          value: [
            field('eq', 'open', 'status'),
            { operator: 'or', value: [field('lt', 2, 'level'), field('null', true, 'level')] },
          ],
        },
      ],
    };
    expect(mapFilters([filter])).toEqual({
      $or: [
        { priority: { $eq: 'urgent' } },
        {
          $and: [
            { status: { $eq: 'open' } },
            { $or: [{ level: { $lt: 2 } }, { level: { $null: true } }] },
          ],
        },
      ],
    });
  });

  it('leaves cleared branches out of an or', () => {
    const filter: CrudFilter = {
      operator: 'or',
      value: [field('contains', '', 'code'), field('contains', 'A1', 'title')],
    };
    expect(mapFilters([filter])).toEqual({ $or: [{ title: { $containsi: 'A1' } }] });
  });

  it('drops an or whose branches were all cleared', () => {
    const filter: CrudFilter = {
      operator: 'or',
      value: [field('contains', '', 'code'), field('contains', undefined, 'title')],
    };
    expect(mapFilters([filter])).toBeUndefined();
  });

  it('maps a quick-search field named q like any other field', () => {
    expect(mapFilters([field('contains', '漏水', 'q')])).toEqual({ q: { $containsi: '漏水' } });
  });
});
