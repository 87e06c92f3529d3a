import { formRegister, type FormDefinition } from '@wuyedesk/contracts';
import { buildListQuery } from '../query/list-query';
import { fieldExpression, indexName } from '../tables';

const lbl = (zh: string) => ({ 'zh-CN': zh, en: zh });
const definition: FormDefinition = {
  key: 'renovation',
  name: lbl('装修申请'),
  numberPrefix: 'ZX',
  sections: [],
  permissions: [],
  fields: [
    { name: 'f_deposit', type: 'money', label: lbl('装修押金') },
    { name: 'f_kind', type: 'enum', label: lbl('类型'), options: [{ value: 'full', label: lbl('精装') }] },
    { name: 'f_crew', type: 'boolean', label: lbl('外包') },
    { name: 'f_note', type: 'text', label: lbl('说明') },
  ],
};
const register = formRegister({ definition, version: 1 });

describe('the entries list query: Strapi filters onto indexed expressions', () => {
  it('compares a money field through the very expression its PostgreSQL index is built on', () => {
    const sql = buildListQuery({ register, dialect: 'postgres', query: { filters: { f_deposit: { $gte: '3000' } } } });
    expect(sql.where).toBe(`form_key = 'renovation' and ((data->>'f_deposit')::numeric) >= ?`);
    expect(sql.bindings).toEqual([3000]);
    expect(fieldExpression('postgres', register.fields.find((f) => f.name === 'f_deposit')!)).toBe(`((data->>'f_deposit')::numeric)`);
  });

  it('uses json_extract on SQLite and its 1/0 for yes/no', () => {
    const sql = buildListQuery({ register, dialect: 'sqlite', query: { filters: { $and: [{ f_kind: { $eq: 'full' } }, { f_crew: { $eq: 'true' } }] } } });
    expect(sql.where).toBe(`form_key = 'renovation' and ((json_extract(data, '$.f_kind') = ?) and (json_extract(data, '$.f_crew') = ?))`);
    expect(sql.bindings).toEqual(['full', 1]);
  });

  it('sorts by a form field, then by id for a stable page order, and pages like Strapi', () => {
    const sql = buildListQuery({ register, dialect: 'sqlite', query: { sort: 'f_deposit:desc', pagination: { page: '3', pageSize: '20' } } });
    expect(sql.orderBy).toBe(`json_extract(data, '$.f_deposit') desc, id desc`);
    expect([sql.limit, sql.offset]).toEqual([20, 40]);
  });

  it('caps a page at 100 rows', () => {
    expect(buildListQuery({ register, dialect: 'sqlite', query: { pagination: { pageSize: '5000' } } }).limit).toBe(100);
  });

  it('searches free text by substring only, with LIKE wildcards escaped', () => {
    const sql = buildListQuery({ register, dialect: 'postgres', query: { filters: { f_note: { $containsi: '100%' } } } });
    expect(sql.bindings).toEqual(['%100\\%%']);
    expect(() => buildListQuery({ register, dialect: 'postgres', query: { filters: { f_note: { $lt: 'a' } } } })).toThrow('“说明”不支持筛选条件“$lt”');
  });

  it('names an index per form type and field within PostgreSQL identifier length', () => {
    const name = indexName('a'.repeat(40), { name: 'f_'.padEnd(40, 'x'), type: 'money', label: lbl('x') });
    expect(name.length).toBeLessThanOrEqual(63);
    expect(name).not.toBe(indexName('other', { name: 'f_'.padEnd(40, 'x'), type: 'money', label: lbl('x') }));
  });
});
