import { builtIn, permitted } from '../../test/fixtures';
import { canAccess } from '../access-control';
import { capabilitiesOf, DEFAULT_CAPABILITY_GRANTS, type RoleKey } from '@wuyedesk/contracts';

const staffComplaints = permitted(builtIn('complaints'), ['read', 'create', 'update', 'act']);
const headComplaints = permitted(builtIn('complaints'), ['read', 'update', 'act']);
const units = permitted(builtIn('units'), ['read']);
const registers = [staffComplaints, units];

describe('can', () => {
  it('lets a reader list and show a register', () => {
    expect(canAccess({ registers, role: 'staff', resource: 'units', action: 'list' }).can).toBe(true);
    expect(canAccess({ registers, role: 'staff', resource: 'units', action: 'show' }).can).toBe(true);
  });

  it('refuses to create where the user may only read', () => {
    expect(canAccess({ registers, role: 'staff', resource: 'units', action: 'create' }).can).toBe(false);
  });

  it('refuses editing without update permission', () => {
    expect(canAccess({ registers, role: 'staff', resource: 'units', action: 'edit' }).can).toBe(false);
  });

  it('refuses everything on a register the user may not read', () => {
    expect(canAccess({ registers, role: 'staff', resource: 'key-loans', action: 'list' }).can).toBe(false);
  });

  it('never offers delete: records are closed or voided, not deleted', () => {
    expect(canAccess({ registers, role: 'staff', resource: 'complaints', action: 'delete' }).can).toBe(false);
  });

  it('refuses to edit a closed record', () => {
    const result = canAccess({ registers, role: 'staff', resource: 'complaints', action: 'edit', params: { status: 'closed' } });
    expect(result.can).toBe(false);
  });

  it('lets the front desk dispatch a newly received complaint', () => {
    const result = canAccess({ registers, role: 'staff', resource: 'complaints', action: 'dispatch', params: { status: 'received' } });
    expect(result.can).toBe(true);
  });

  it('does not let the front desk accept (签收) for the department', () => {
    const result = canAccess({ registers, role: 'staff', resource: 'complaints', action: 'accept', params: { status: 'dispatched' } });
    expect(result.can).toBe(false);
  });

  it('lets a department head accept a dispatched complaint', () => {
    const result = canAccess({
      registers: [headComplaints],
      role: 'dept-head',
      resource: 'complaints',
      action: 'accept',
      params: { status: 'dispatched' },
    });
    expect(result.can).toBe(true);
  });

  it('offers no step the record’s state does not allow', () => {
    const result = canAccess({ registers, role: 'staff', resource: 'complaints', action: 'close', params: { status: 'received' } });
    expect(result.can).toBe(false);
  });

  it('offers no step without the act permission', () => {
    const readOnly = [permitted(builtIn('complaints'), ['read'])];
    const result = canAccess({ registers: readOnly, role: 'staff', resource: 'complaints', action: 'dispatch', params: { status: 'received' } });
    expect(result.can).toBe(false);
  });

  it('shows the menu groups themselves', () => {
    expect(canAccess({ registers, role: 'staff', resource: 'menu-group:ledgers', action: 'list' }).can).toBe(true);
  });

  it('opens 快速登记 to those who may create complaints, and to nobody else', () => {
    expect(canAccess({ registers, role: 'staff', resource: 'intake', action: 'list' }).can).toBe(true);
    expect(canAccess({ registers: [headComplaints, units], role: 'dept-head', resource: 'intake', action: 'list' }).can).toBe(false);
  });

  it('shows 超时工单 to whoever reads a register with deadlines, and hides it from the rest', () => {
    expect(canAccess({ registers: [headComplaints, units], role: 'dept-head', resource: 'overdue', action: 'list' }).can).toBe(true);
    expect(canAccess({ registers: [units], role: 'dept-head', resource: 'overdue', action: 'list' }).can).toBe(false);
  });

  it('opens 时限设置 to the holders of deadline-settings.edit only (the administrator, by default)', () => {
    const held = (role: RoleKey) => capabilitiesOf(DEFAULT_CAPABILITY_GRANTS, role);
    expect(canAccess({ registers, role: 'administrator', capabilities: held('administrator'), resource: 'deadline-settings', action: 'list' }).can).toBe(true);
    for (const role of ['staff', 'dept-head', 'supervisor', 'director'] as const) {
      expect(canAccess({ registers, role, capabilities: held(role), resource: 'deadline-settings', action: 'list' }).can).toBe(false);
    }
  });

  it('follows the grants the administrator saved, not the role name', () => {
    const grants = { ...DEFAULT_CAPABILITY_GRANTS, 'deadline-settings.edit': [{ role: 'supervisor' as const }] };
    expect(canAccess({ registers, role: 'supervisor', capabilities: capabilitiesOf(grants, 'supervisor'), resource: 'deadline-settings', action: 'list' }).can).toBe(true);
    expect(canAccess({ registers, role: 'administrator', capabilities: capabilitiesOf(grants, 'administrator'), resource: 'deadline-settings', action: 'list' }).can).toBe(false);
  });
});
