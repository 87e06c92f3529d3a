import {
  checkDefinition,
  FORM_DEFINITION_FORMAT,
  formRegister,
  hiddenFields,
  isIdCardNumber,
  validateInput,
  withoutHidden,
  type FormDefinition,
} from '..';

const lbl = (zh: string) => ({ 'zh-CN': zh, en: zh });

/** 装修申请 as an administrator would design it. */
const renovation: FormDefinition = {
  key: 'renovation',
  name: lbl('装修申请'),
  numberPrefix: 'ZX',
  approval: true,
  sections: [{ key: 'main', label: lbl('基本信息') }],
  permissions: [
    { role: 'staff', can: ['fill'] },
    { role: 'supervisor', can: ['approve'] },
  ],
  fields: [
    { name: 'f_unit01', type: 'relation', target: 'unit', label: lbl('房号'), required: true, section: 'main' },
    { name: 'f_owner1', type: 'idcard', label: lbl('业主身份证号') },
    { name: 'f_depo01', type: 'money', label: lbl('装修押金'), required: true, min: 0, max: 100000 },
    { name: 'f_kinds1', type: 'enum', multiple: true, label: lbl('装修项目'), min: 1, max: 2,
      options: [{ value: 'wall', label: lbl('墙面') }, { value: 'floor', label: lbl('地面') }, { value: 'water', label: lbl('水电') }] },
    { name: 'f_crew01', type: 'boolean', label: lbl('外包施工队') },
    { name: 'f_crewnm', type: 'string', label: lbl('施工队名称'), required: true, visibleWhen: { field: 'f_crew01', equals: true } },
    { name: 'f_plan01', type: 'media', multiple: true, label: lbl('图纸') },
    { name: 'f_workrs', type: 'group', label: lbl('施工人员'), max: 3, fields: [
      { name: 'name', type: 'string', label: lbl('姓名'), required: true },
      { name: 'phone', type: 'phone', label: lbl('电话'), pattern: '^1\\d{10}$' },
    ] },
  ],
};
const register = formRegister({ definition: renovation, version: 1 });
const valid = { f_unit01: 'abc123', f_depo01: 2000, f_kinds1: ['wall'], f_crew01: false };
const codes = (data: Record<string, unknown>) =>
  validateInput({ register, data: { ...valid, ...data }, mode: 'create' }).map((e) => `${e.path.join('.')}:${e.code}`);

describe('form field types in the shared validation', () => {
  it('accepts a complete renovation application', () => {
    expect(codes({})).toEqual([]);
  });

  it('asks for the deposit in zh-CN when it is missing', () => {
    const errors = validateInput({ register, data: { ...valid, f_depo01: undefined }, mode: 'create' });
    expect(errors).toEqual([{ path: ['f_depo01'], code: 'REQUIRED', message: '请填写装修押金' }]);
  });

  it.each([
    ['a deposit with fractions of a fen', { f_depo01: 10.005 }, 'f_depo01:NOT_MONEY'],
    ['a deposit above the maximum', { f_depo01: 100001 }, 'f_depo01:TOO_LARGE'],
    ['a multiple choice given as one value', { f_kinds1: 'wall' }, 'f_kinds1:NOT_CHOICES'],
    ['a multiple choice with an unknown option', { f_kinds1: ['roof'] }, 'f_kinds1:NOT_OPTION'],
    ['a multiple choice with a value twice', { f_kinds1: ['wall', 'wall'] }, 'f_kinds1:NOT_OPTION'],
    ['more choices than allowed', { f_kinds1: ['wall', 'floor', 'water'] }, 'f_kinds1:TOO_MANY_CHOICES'],
    ['an ID card with a wrong check digit', { f_owner1: '110105194912310021' }, 'f_owner1:NOT_ID_CARD'],
    ['rows that are not a list', { f_workrs: { name: '张' } }, 'f_workrs:NOT_ROWS'],
    ['more rows than allowed', { f_workrs: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }] }, 'f_workrs:TOO_MANY_ROWS'],
    ['a row without its required name', { f_workrs: [{ name: '张三' }, { phone: '13912345678' }] }, 'f_workrs.1.name:REQUIRED'],
    ['a row with a bad phone', { f_workrs: [{ name: '张三', phone: '123' }] }, 'f_workrs.0.phone:PATTERN'],
    ['a row with an unknown column', { f_workrs: [{ name: '张三', age: 3 }] }, 'f_workrs.0.age:UNKNOWN_FIELD'],
    ['the crew name when a crew is hired but unnamed', { f_crew01: true }, 'f_crewnm:REQUIRED'],
    ['a yes/no given as text', { f_crew01: 'yes' }, 'f_crew01:NOT_BOOLEAN'],
    ['a file that is not an upload id', { f_plan01: ['plan.pdf'] }, 'f_plan01:NOT_FILE'],
  ])('refuses %s', (_, change, expected) => {
    expect(codes(change)).toContain(expected);
  });

  it('checks a phone field without its own rule against the office phone formats', () => {
    const phone = { name: 'p', type: 'phone' as const, label: lbl('电话') };
    const reg = { ...register, fields: [phone] };
    expect(validateInput({ register: reg, data: { p: '1391234567' }, mode: 'create' }).map((e) => e.code)).toEqual(['PATTERN']);
    expect(validateInput({ register: reg, data: { p: '021-55550001' }, mode: 'create' })).toEqual([]);
  });

  it('names the row and the column of a bad group cell in zh-CN', () => {
    const errors = validateInput({ register, data: { ...valid, f_workrs: [{ name: '张三' }, {}] }, mode: 'create' });
    expect(errors.map((e) => e.message)).toEqual(['请填写施工人员第2行的姓名']);
  });

  it.each([
    ['the GB 11643 sample number', '11010519491231002X', true],
    ['its lower-case x', '11010519491231002x', true],
    ['a Guangdong number ending in a digit', '440524188001010014', true],
    ['the sample with a digit instead of X', '110105194912310021', false],
    ['a number with a changed digit', '440524188001010015', false],
    ['a 15-digit old-style number', '110105491231002', false],
    ['a birthday on 30 February', '110105194902300021', false],
  ])('checks %s', (_, id, ok) => {
    expect(isIdCardNumber(id as string)).toBe(ok);
  });

  it('accepts a valid ID card number on the form', () => {
    expect(codes({ f_owner1: '11010519491231002X' })).toEqual([]);
  });

  it('neither requires nor checks a hidden field, and does not store it', () => {
    expect(codes({ f_crew01: false, f_crewnm: 12 })).toEqual([]);
    expect(withoutHidden(register.fields, { ...valid, f_crew01: false, f_crewnm: '某公司' })).not.toHaveProperty('f_crewnm');
    expect(withoutHidden(register.fields, { ...valid, f_crew01: true, f_crewnm: '某公司' })).toHaveProperty('f_crewnm', '某公司');
  });

  it('hides a field whose controlling field is itself hidden', () => {
    const fields = [
      { name: 'a', type: 'boolean' as const, label: lbl('A') },
      { name: 'b', type: 'boolean' as const, label: lbl('B'), visibleWhen: { field: 'a', equals: true } },
      { name: 'c', type: 'string' as const, label: lbl('C'), visibleWhen: { field: 'b', equals: true } },
    ];
    expect([...hiddenFields(fields, { a: false, b: true, c: 'x' })]).toEqual(['b', 'c']);
  });

  it('shows a conditional field when a multiple choice includes the value', () => {
    const fields = [
      { name: 'k', type: 'enum' as const, multiple: true, label: lbl('K'), options: [{ value: 'x', label: lbl('X') }] },
      { name: 'd', type: 'string' as const, label: lbl('D'), visibleWhen: { field: 'k', equals: 'x' } },
    ];
    expect([...hiddenFields(fields, { k: ['x'] })]).toEqual([]);
    expect([...hiddenFields(fields, { k: [] })]).toEqual(['d']);
  });

  it('decides visibility on an update from the stored record and the change together', () => {
    const update = (data: Record<string, unknown>, current: Record<string, unknown>) =>
      validateInput({ register, data, mode: 'update', current }).map((e) => e.code);
    expect(update({ f_crewnm: 42 }, { f_crew01: true })).toEqual(['NOT_TEXT']);
    expect(update({ f_crewnm: 42 }, { f_crew01: false })).toEqual([]);
  });
});

describe('a form type as a register', () => {
  it('maps fill/see/approve onto register permissions and the approval workflow', () => {
    expect(register.access).toEqual([
      { role: 'staff', can: ['create', 'read'] },
      { role: 'supervisor', can: ['read', 'update', 'act'] },
    ]);
    expect(register.workflow?.actions.map((a) => [a.name, a.roles])).toEqual([['approve', ['supervisor']], ['reject', ['supervisor']]]);
    expect(register.apiPath).toBe('forms/entries/renovation');
  });

  it('indexes the money, choice and date fields it can filter on, not free text or multiple choices', () => {
    expect(register.indexes).toEqual([['f_unit01'], ['f_depo01'], ['f_crew01']]);
  });

  it('lets the search box match the short text fields the designer marked filterable', () => {
    const receipt = { name: 'f_receipt', type: 'string' as const, label: lbl('押金单号'), filterable: true };
    const withReceipt = formRegister({ definition: { ...renovation, fields: [...renovation.fields, receipt] }, version: 1 });
    expect(withReceipt.searchFields).toEqual(['number', 'f_receipt']);
    expect(register.searchFields).toEqual(['number']);
  });

  it('limits a role to its department’s entries through the field the form names as its department', () => {
    const department = { name: 'f_dept', type: 'relation' as const, target: 'department', label: lbl('所属部门'), filterable: false };
    const scoped = formRegister({
      definition: {
        ...renovation,
        departmentField: 'f_dept',
        fields: [...renovation.fields, department],
        permissions: [...renovation.permissions, { role: 'dept-head', can: ['see'], scope: 'own-department' }],
      },
      version: 1,
    });
    expect(scoped.departmentField).toBe('f_dept');
    expect(scoped.access).toContainEqual({ role: 'dept-head', can: ['read'], scope: 'own-department' });
    // The row scope filters on it, so it is filterable (and indexed) whatever the designer ticked.
    expect(scoped.fields.find((f) => f.name === 'f_dept')?.filterable).toBe(true);
  });

  it('keeps retired fields read-only so earlier entries still show them', () => {
    const later = formRegister({ definition: { ...renovation, fields: renovation.fields.slice(1) }, version: 2, retired: [renovation.fields[0]] });
    const old = later.fields.find((f) => f.name === 'f_unit01');
    expect(old).toMatchObject({ managed: true, retired: true });
    expect(validateInput({ register: later, data: { f_unit01: 'x' }, mode: 'update' }).map((e) => e.code)).toEqual(['MANAGED_FIELD']);
  });
});

describe('checkDefinition — what publish and import refuse', () => {
  const problems = (change: Record<string, unknown>, extra: Partial<Parameters<typeof checkDefinition>[0]> = {}) =>
    checkDefinition({ definition: { ...renovation, ...change }, ...extra }).map((p) => `${p.path}: ${p.message}`);

  it('accepts the renovation form', () => {
    expect(problems({})).toEqual([]);
  });

  it.each([
    ['a key with capitals', { key: 'Renovation' }, 'key: 表单标识只能包含小写字母、数字和短横线，以字母开头，2–40个字符'],
    ['a prefix with digits', { numberPrefix: 'Z1' }, 'numberPrefix: 编号前缀必须是1–6个大写字母'],
    ['no fields', { fields: [] }, 'fields: 表单至少需要一个字段'],
    ['a field key used twice', { fields: [renovation.fields[2], renovation.fields[2]] }, 'fields[1].name: 字段标识“f_depo01”重复'],
    ['a reserved field key', { fields: [{ ...renovation.fields[2], name: 'status' }] }, 'fields[0].name: 字段标识“status”无效或已被占用'],
    ['a choice without options', { fields: [{ name: 'f_x', type: 'enum', label: lbl('类型'), options: [] }] }, 'fields[0].options: 选择题“类型”需要至少一个选项，选项值不能重复'],
    ['a link to complaints', { fields: [{ name: 'f_x', type: 'relation', target: 'complaint', label: lbl('投诉') }] }, 'fields[0].target: 字段“投诉”只能关联房号、部门或人员'],
    ['a group inside a group', { fields: [{ name: 'f_g', type: 'group', label: lbl('组'), fields: [{ name: 'h', type: 'group', label: lbl('内'), fields: [] }] }] }, 'fields[0].fields[0].fields: 重复组“内”需要至少一个子字段，且不能再嵌套重复组'],
    ['min above max', { fields: [{ name: 'f_m', type: 'money', label: lbl('押金'), min: 5, max: 1 }] }, 'fields[0].min: 字段“押金”的最小值不能大于最大值'],
    ['a broken pattern', { fields: [{ name: 'f_p', type: 'string', label: lbl('编码'), pattern: '([' }] }, 'fields[0].pattern: 字段“编码”的格式规则不是有效的正则表达式'],
    ['a condition on a missing field', { fields: [{ name: 'f_c', type: 'string', label: lbl('说明'), visibleWhen: { field: 'f_zz', equals: true } }] }, 'fields[0].visibleWhen: 字段“说明”的显示条件引用了不存在的字段“f_zz”'],
    ['an unknown field type', { fields: [{ name: 'f_q', type: 'rating', label: lbl('评分') }] }, 'fields[0].type: 不支持的字段类型“rating”'],
    ['an unknown role', { permissions: [{ role: 'janitor', can: ['fill'] }] }, 'permissions[0]: 未知角色“janitor”或权限'],
    ['a department field that is not a link to a department', { departmentField: 'f_unit01' }, 'departmentField: “所属部门”字段“f_unit01”必须是关联部门的单选字段'],
    ['a department scope without a department field', { permissions: [{ role: 'dept-head', can: ['see'], scope: 'own-department' }] }, 'permissions[0].scope: “dept-head”只能看本部门的记录时，表单需要指定“所属部门”字段'],
  ])('refuses %s', (_, change, expected) => {
    expect(problems(change)).toContain(expected);
  });

  it('refuses to change the type of a field earlier versions stored data under', () => {
    expect(problems({}, { previous: [{ ...renovation.fields[2], type: 'string' }] })).toEqual([
      'fields[2].type: 字段“装修押金”已按“string”类型保存过数据，不能改为“money”；请新建字段',
    ]);
  });

  it('refuses a key or prefix a built-in register uses', () => {
    expect(problems({ key: 'complaint', numberPrefix: 'TS' }, { reservedKeys: ['complaint'], reservedPrefixes: { TS: '客户诉求' } })).toEqual([
      'key: 表单标识“complaint”已被系统登记簿使用',
      'numberPrefix: 编号前缀“TS”已被“客户诉求”使用',
    ]);
  });

  it('requires the format marker on an imported file', () => {
    expect(problems({}, { requireFormat: true })).toEqual([`format: 不是物业客服台的表单定义文件（format 应为 ${FORM_DEFINITION_FORMAT}）`]);
    expect(problems({ format: FORM_DEFINITION_FORMAT }, { requireFormat: true })).toEqual([]);
  });
});
