import { formRegister } from '@wuyedesk/contracts';
import { builtIn } from '../../test/fixtures';
import { columnSpecs, searchFilter, searchTextOf } from '../table-columns';

const complaints = builtIn('complaints');

describe('columnSpecs', () => {
  it('lists the columns of the description’s listFields, in order, with zh-CN titles', () => {
    const specs = columnSpecs(complaints, 'zh-CN');
    expect(specs.map((s) => s.field.name)).toEqual(complaints.listFields);
    expect(specs[0].title).toBe('编号');
  });

  it('titles the columns in English when English is chosen', () => {
    expect(columnSpecs(complaints, 'en')[1].title).toBe('Received at');
  });

  it('makes scalar columns sortable and relation columns not', () => {
    const byName = new Map(columnSpecs(complaints, 'zh-CN').map((s) => [s.field.name, s]));
    expect(byName.get('receivedAt')?.sortable).toBe(true);
    expect(byName.get('unit')?.sortable).toBe(false);
  });

  it('offers enum columns as filters labelled in the chosen language', () => {
    const kind = columnSpecs(complaints, 'zh-CN').find((s) => s.field.name === 'kind');
    expect(kind?.filters).toContainEqual({ text: '投诉', value: 'complaint' });
  });

  it('offers no filter on free-text columns', () => {
    const name = columnSpecs(complaints, 'zh-CN').find((s) => s.field.name === 'residentName');
    expect(name?.filters).toBeUndefined();
  });
});

describe('columns of a designed form type', () => {
  const lbl = (zh: string) => ({ 'zh-CN': zh, en: zh });
  const renovation = formRegister({
    definition: {
      key: 'renovation', name: lbl('装修申请'), numberPrefix: 'ZX', sections: [], permissions: [{ role: 'staff', can: ['fill'] }],
      fields: [
        { name: 'f_receipt', type: 'string', label: lbl('押金单号'), filterable: true },
        { name: 'f_owner', type: 'string', label: lbl('业主姓名') },
        { name: 'f_deposit', type: 'money', label: lbl('装修押金') },
      ],
      listFields: ['f_receipt', 'f_owner', 'f_deposit'],
    },
    version: 1,
  });
  const byName = new Map(columnSpecs(renovation, 'zh-CN').map((s) => [s.field.name, s]));

  it('filters a text column the designer marked 可筛选 by what it contains, and sorts it', () => {
    expect(byName.get('f_receipt')).toMatchObject({ textFilter: true, sortable: true });
  });

  it('neither filters nor sorts a text column the designer left unmarked', () => {
    expect(byName.get('f_owner')).toMatchObject({ textFilter: false, sortable: false });
  });

  it('offers a from–to filter on a money column', () => {
    expect(byName.get('f_deposit')).toMatchObject({ range: true, textFilter: false });
  });
});

describe('quick search', () => {
  it('ORs a case-insensitive contains over every search field', () => {
    expect(searchFilter(complaints, ' 张三 ')).toEqual({
      key: 'q',
      operator: 'or',
      value: complaints.searchFields.map((field) => ({ field, operator: 'contains', value: '张三' })),
    });
  });

  it('clears the search with an empty OR, which Refine drops', () => {
    expect(searchFilter(complaints, '  ').value).toEqual([]);
  });

  it('reads the search text back from the URL-synced filters', () => {
    expect(searchTextOf([searchFilter(complaints, '13800')])).toBe('13800');
  });

  it('reads an empty box when nobody searched', () => {
    expect(searchTextOf([{ field: 'kind', operator: 'in', value: ['complaint'] }])).toBe('');
  });
});
