import { BUILT_IN_REGISTERS } from '@wuyedesk/contracts';
import { builtIn, permitted, visitorLog } from '../../test/fixtures';
import { translateIn } from '../i18n';
import { buildResources, landingRegister, menuGroupOf } from '../resources';

const everyRegister = [...BUILT_IN_REGISTERS.map((r) => permitted(r, ['read', 'create', 'update', 'act'])), permitted(visitorLog, ['read'])];
const build = (locale: 'zh-CN' | 'en', registers = everyRegister) =>
  buildResources({ registers, locale, translate: translateIn(locale) });

describe('menu groups', () => {
  it.each([
    ['complaints', 'registers'],
    ['repair-orders', 'registers'],
    ['key-loans', 'ledgers'],
    ['key-counts', 'ledgers'],
    ['archive-loans', 'ledgers'],
    ['archive-checks', 'ledgers'],
    ['departments', 'reference'],
    ['units', 'reference'],
    ['keys', 'reference'],
    ['archives', 'reference'],
  ])('puts %s under %s', (pluralName, group) => {
    expect(menuGroupOf(pluralName)).toBe(group);
  });

  it('puts a form type added at run time under 表单', () => {
    expect(menuGroupOf('visitor-logs')).toBe('forms');
  });

  it('labels the groups 登记 / 台账 / 基础资料 / 表单 in zh-CN', () => {
    const groups = build('zh-CN').filter((r) => !r.list);
    expect(groups.map((g) => g.meta?.label)).toEqual(['登记', '台账', '基础资料', '表单']);
  });

  it('shows no empty group', () => {
    const onlyComplaints = [permitted(builtIn('complaints'), ['read'])];
    expect(build('zh-CN', onlyComplaints).filter((r) => !r.list).map((g) => g.name)).toEqual(['menu-group:registers']);
  });
});

describe('register resources', () => {
  it('names each resource by its REST plural and labels it from the description', () => {
    const complaints = build('zh-CN').find((r) => r.name === 'complaints');
    expect(complaints?.meta?.label).toBe('客户诉求');
    expect(complaints?.list).toBe('/complaints');
    expect(complaints?.meta?.parent).toBe('menu-group:registers');
  });

  it('labels resources in English when English is chosen', () => {
    expect(build('en').find((r) => r.name === 'key-loans')?.meta?.label).toBe('Key loans');
  });

  it('builds a resource for a form type the panel has never seen', () => {
    expect(build('zh-CN').find((r) => r.name === 'visitor-logs')).toMatchObject({
      list: '/visitor-logs',
      meta: { label: '访客登记', parent: 'menu-group:forms' },
    });
  });

  it('offers create and edit routes only to those who may create and update', () => {
    const readOnly = build('zh-CN', [permitted(builtIn('units'), ['read'])]).find((r) => r.name === 'units');
    expect(readOnly?.create).toBeUndefined();
    expect(readOnly?.edit).toBeUndefined();
    expect(readOnly?.show).toBe('/units/show/:id');
  });

  it('keeps the built-in menu order whatever order the server sends', () => {
    const reversed = [...everyRegister].reverse();
    const names = build('zh-CN', reversed).filter((r) => r.list).map((r) => r.name);
    expect(names.slice(0, 3)).toEqual(['intake', 'complaints', 'repair-orders']);
  });
});

describe('快速登记', () => {
  it('heads the 登记 group for those who may record complaints or repairs', () => {
    const intake = build('zh-CN').find((r) => r.name === 'intake');
    expect(intake).toMatchObject({ list: '/intake', meta: { label: '快速登记', parent: 'menu-group:registers' } });
  });

  it('is not offered to a department head, who records nothing', () => {
    const head = [permitted(builtIn('complaints'), ['read', 'update', 'act']), permitted(builtIn('repair-orders'), ['read', 'update', 'act'])];
    expect(build('zh-CN', head).some((r) => r.name === 'intake')).toBe(false);
  });

  it('does not replace the first register as the landing page', () => {
    expect(landingRegister([...everyRegister].reverse())).toBe('complaints');
  });
});

describe('超时工单', () => {
  it('closes the 登记 group for whoever reads complaints or repairs, department heads included', () => {
    const head = [permitted(builtIn('complaints'), ['read', 'update', 'act'])];
    expect(build('zh-CN', head).find((r) => r.name === 'overdue')).toMatchObject({
      list: '/overdue',
      meta: { label: '超时工单', parent: 'menu-group:registers' },
    });
    const registers = build('zh-CN').filter((r) => r.meta?.parent === 'menu-group:registers').map((r) => r.name);
    expect(registers.at(-1)).toBe('overdue');
  });

  it('is not offered without a register that has deadlines', () => {
    expect(build('zh-CN', [permitted(builtIn('units'), ['read'])]).some((r) => r.name === 'overdue')).toBe(false);
  });
});
