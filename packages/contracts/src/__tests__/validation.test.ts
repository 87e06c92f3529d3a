import { complaintRegister, summarizeFieldErrors, integer, repairOrderRegister, validateInput, unitRegister, withoutHidden, type RegisterDescription } from '..';

const valid = { channel: 'phone', residentName: '刘秀英', description: '楼上漏水', address: '3栋' };
const codes = (errors: ReturnType<typeof validateInput>) => errors.map((e) => `${e.path[0]}:${e.code}`);

describe('validateInput — the one validation the panel and the server share', () => {
  it('accepts a complete phone complaint', () => {
    expect(validateInput({ register: complaintRegister, data: valid, mode: 'create' })).toEqual([]);
  });

  it.each([
    ['a missing resident name', { residentName: undefined }, 'residentName:REQUIRED'],
    ['a blank resident name', { residentName: '   ' }, 'residentName:REQUIRED'],
    ['an unknown channel', { channel: 'fax' }, 'channel:NOT_OPTION'],
    ['a number as the name', { residentName: 42 }, 'residentName:NOT_TEXT'],
    ['a mobile number with 10 digits', { residentPhone: '1391234567' }, 'residentPhone:PATTERN'],
    ['a date-time without a zone', { receivedAt: '2026-11-24 09:00' }, 'receivedAt:NOT_DATETIME'],
    ['an impossible date-time', { receivedAt: '2026-02-30T09:00:00Z' }, 'receivedAt:NOT_DATETIME'],
    ['a time past midnight', { receivedAt: '2026-02-10T24:30:00+08:00' }, 'receivedAt:NOT_DATETIME'],
    ['a relation that is not an id', { unit: { id: 3 } }, 'unit:NOT_REFERENCE'],
    ['a photo that is not an uploaded file', { photos: ['a.jpg'] }, 'photos:NOT_FILE'],
    ['a field nobody has', { colour: 'red' }, 'colour:UNKNOWN_FIELD'],
    ['the number, which the system sets', { number: 'TS-1' }, 'number:MANAGED_FIELD'],
    ['the resolution, which only 完成 writes', { resolution: '好了' }, 'resolution:ACTION_FIELD'],
  ])('refuses %s', (_, change, expected) => {
    expect(codes(validateInput({ register: complaintRegister, data: { ...valid, ...change }, mode: 'create' }))).toContain(expected);
  });

  it.each(['13912345678', '+86 13912345678', '021-55550001', '0755-88886666-123', '55550001'])('accepts the phone number %s', (phone) => {
    expect(validateInput({ register: complaintRegister, data: { ...valid, residentPhone: phone }, mode: 'create' })).toEqual([]);
  });

  it('asks for a unit or an address, naming both fields', () => {
    const errors = validateInput({ register: complaintRegister, data: { ...valid, address: undefined }, mode: 'create' });
    expect(errors.map((e) => e.path[0])).toEqual(['unit', 'address']);
    expect(errors[0].message).toBe('请填写房号或地址（无房号时填写）中的至少一项');
  });

  it('counts characters, not UTF-16 units, against a length limit', () => {
    const name = '𠀀'.repeat(50);
    expect(validateInput({ register: complaintRegister, data: { ...valid, residentName: name }, mode: 'create' })).toEqual([]);
    expect(codes(validateInput({ register: complaintRegister, data: { ...valid, residentName: `${name}甲` }, mode: 'create' }))).toEqual([
      'residentName:TOO_LONG',
    ]);
  });

  it('checks numbers: integers, ranges, money with at most two decimals', () => {
    // A form with a head count (the kind an administrator adds): integers are checked like any field.
    const register = { ...unitRegister, fields: [integer('presentCount', '实点数量', 'Present', { required: true, min: 0, max: 100000 })] } as RegisterDescription;
    const count = { presentCount: 9 };
    expect(validateInput({ register, data: count, mode: 'create' })).toEqual([]);
    expect(codes(validateInput({ register, data: { ...count, presentCount: 9.5 }, mode: 'create' }))).toEqual(['presentCount:NOT_INTEGER']);
    expect(codes(validateInput({ register, data: { ...count, presentCount: -1 }, mode: 'create' }))).toEqual(['presentCount:TOO_SMALL']);
    expect(codes(validateInput({ register, data: { ...count, presentCount: '9' }, mode: 'create' }))).toEqual(['presentCount:NOT_NUMBER']);
  });

  it('only checks the fields an update sends', () => {
    expect(validateInput({ register: unitRegister, data: { ownerName: '王五' }, mode: 'update' })).toEqual([]);
    expect(codes(validateInput({ register: unitRegister, data: { room: '' }, mode: 'update' }))).toEqual(['room:REQUIRED']);
  });

  it('lets an action take only its own input, and requires what it requires', () => {
    const resolve = repairOrderRegister.workflow!.actions.find((a) => a.name === 'resolve')!;
    expect(validateInput({ register: repairOrderRegister, data: { resolution: '已修好', fee: 30.5, note: '顺便' }, mode: 'action', action: resolve })).toEqual([]);
    expect(codes(validateInput({ register: repairOrderRegister, data: {}, mode: 'action', action: resolve }))).toEqual(['resolution:REQUIRED']);
    expect(codes(validateInput({ register: repairOrderRegister, data: { resolution: 'x', urgency: 'major' }, mode: 'action', action: resolve }))).toEqual([
      'urgency:NOT_ACTION_INPUT',
    ]);
    expect(codes(validateInput({ register: repairOrderRegister, data: { resolution: 'x', fee: 1.234 }, mode: 'action', action: resolve }))).toEqual([
      'fee:NOT_MONEY',
    ]);
  });

  it('speaks English when asked', () => {
    const [error] = validateInput({ register: complaintRegister, data: { ...valid, residentName: '' }, mode: 'create', locale: 'en' });
    expect(error.message).toBe('Resident name is required');
  });
});

describe('summarizeFieldErrors — the headline of a refused form', () => {
  it('says a message shared by two fields once', () => {
    const errors = validateInput({ register: complaintRegister, data: { channel: 'phone', residentName: '刘秀英', description: '漏水' }, mode: 'create' });
    expect(summarizeFieldErrors(errors.map((e) => e.message), 'zh-CN')).toBe('请填写房号或地址（无房号时填写）中的至少一项');
  });

  it('joins English messages the English way', () => {
    const errors = validateInput({ register: complaintRegister, data: { channel: 'phone' }, mode: 'create', locale: 'en' });
    const summary = summarizeFieldErrors(errors.map((e) => e.message), 'en');
    expect(summary).not.toMatch(/；/);
    expect(summary.split('; ').length).toBe(new Set(errors.map((e) => e.message)).size);
  });

  it('reads the language off the messages when none is given', () => {
    expect(summarizeFieldErrors(['"传真" is not a valid Channel', 'Name is required'])).toBe('"传真" is not a valid Channel; Name is required');
    expect(summarizeFieldErrors(['请填写住户姓名', '请填写诉求内容'])).toBe('请填写住户姓名；请填写诉求内容');
  });
});

describe('showWhen on a built-in register — enforced where the record is stored', () => {
  it('keeps 约定人 and the agreed deadline only on a 特别复杂 complaint', () => {
    const agreed = { agreedWith: '住户本人', agreedDueAt: '2027-01-10T08:00:00.000Z' };
    expect(withoutHidden(complaintRegister.fields, { ...valid, complexity: 'general', ...agreed })).toEqual({ ...valid, complexity: 'general' });
    expect(withoutHidden(complaintRegister.fields, { ...valid, complexity: 'very_complex', ...agreed })).toEqual({ ...valid, complexity: 'very_complex', ...agreed });
  });
});
