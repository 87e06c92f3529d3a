import { BUILT_IN_REGISTERS } from '@wuyedesk/contracts';
import { actionsForRole } from '../services/roles';

describe('users-permissions actions derived from register access', () => {
  it('lets staff record and move complaints but only read departments', () => {
    const actions = actionsForRole('staff', BUILT_IN_REGISTERS);
    expect(actions).toEqual(expect.arrayContaining([
      'api::complaint.complaint.create', 'api::complaint.complaint.act', 'api::complaint.complaint.history',
      'api::department.department.find',
    ]));
    expect(actions).not.toContain('api::department.department.update');
    expect(actions).not.toContain('api::department.department.create');
  });

  it('never grants delete to anyone', () => {
    for (const role of ['staff', 'dept-head', 'supervisor', 'director', 'administrator'] as const) {
      expect(actionsForRole(role, BUILT_IN_REGISTERS).filter((a) => a.endsWith('.delete'))).toEqual([]);
    }
  });

  it('lets every role list overdue work (the deadlines plugin applies the row scope)', () => {
    for (const role of ['staff', 'dept-head', 'supervisor', 'director', 'administrator'] as const) {
      expect(actionsForRole(role, BUILT_IN_REGISTERS)).toContain('plugin::deadlines.overdue.find');
    }
  });

  it('gives workflow actions only on registers that have a workflow', () => {
    expect(actionsForRole('administrator', BUILT_IN_REGISTERS)).not.toContain('api::unit.unit.act');
  });

  it('keeps the key ledger from department heads', () => {
    expect(actionsForRole('dept-head', BUILT_IN_REGISTERS).filter((a) => a.startsWith('api::key-loan'))).toEqual([]);
  });

  it('lets the director and the administrator list and open the audit log, and nobody write it', () => {
    for (const role of ['director', 'administrator'] as const) {
      expect(actionsForRole(role, BUILT_IN_REGISTERS).filter((a) => a.startsWith('plugin::records.step.'))).toEqual([
        'plugin::records.step.find',
        'plugin::records.step.findOne',
      ]);
    }
    for (const role of ['staff', 'dept-head', 'supervisor'] as const) {
      expect(actionsForRole(role, BUILT_IN_REGISTERS).filter((a) => a.startsWith('plugin::records.step.'))).toEqual([]);
    }
  });
});
