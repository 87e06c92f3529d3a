import { callbackRegister, complaintRegister } from '@wuyedesk/contracts';
import { permitted } from '../../../test/fixtures';
import { canAccess } from '../../../providers/access-control';
import { translateIn } from '../../../providers/i18n';
import { buildResources } from '../../../providers/resources';
import { capabilitiesOf, DEFAULT_CAPABILITY_GRANTS, type Permission, type RoleKey } from '@wuyedesk/contracts';

const registersOf = (callbacks: Permission[]) => [
  permitted(complaintRegister, ['read', 'create', 'act']),
  permitted(callbackRegister, callbacks),
];
const menu = (role: RoleKey, callbacks: Permission[]) =>
  buildResources({
    registers: registersOf(callbacks),
    locale: 'zh-CN',
    translate: translateIn('zh-CN'),
    capabilities: capabilitiesOf(DEFAULT_CAPABILITY_GRANTS, role),
  })
    .filter((r) => r.list)
    .map((r) => String(r.meta?.label));

describe('待回访 and 回访规则 in the menu', () => {
  it('offers 待回访 under 登记 to whoever makes callbacks, and not 回访规则 to staff', () => {
    // 统计看板 comes first for every role that may see the office's statistics.
    expect(menu('staff', ['read', 'act'])).toEqual(['统计看板', '快速登记', '客户诉求', '回访记录', '待回访', '超时工单']);
  });

  it('offers the director 回访规则 (to read) but no worklist', () => {
    expect(menu('director', ['read'])).toEqual(['统计看板', '快速登记', '客户诉求', '回访记录', '超时工单', '回访规则']);
  });

  it('lets the page routes through the access-control provider by the same rules', () => {
    expect(
      canAccess({
        registers: registersOf(['read', 'act']),
        role: 'supervisor',
        resource: 'callback-worklist',
        action: 'list',
      }),
    ).toEqual({ can: true });
    expect(
      canAccess({ registers: registersOf(['read']), role: 'director', resource: 'callback-worklist', action: 'list' }),
    ).toEqual({ can: false });
    expect(
      canAccess({
        registers: registersOf(['read']),
        role: 'administrator',
        capabilities: capabilitiesOf(DEFAULT_CAPABILITY_GRANTS, 'administrator'),
        resource: 'callback-rules',
        action: 'list',
      }),
    ).toEqual({ can: true });
    expect(
      canAccess({ registers: registersOf(['read', 'act']), role: 'staff', resource: 'callback-rules', action: 'list' }),
    ).toEqual({ can: false });
  });
});
