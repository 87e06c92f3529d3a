import { availableActions, checkTransition, complaintRegister, repairOrderRegister } from '..';

describe('the handling workflow as data', () => {
  it('lets staff dispatch a received complaint', () => {
    expect(checkTransition({ register: complaintRegister, actionName: 'dispatch', status: 'received', role: 'staff' })).toMatchObject({ ok: true });
  });

  it('refuses to close a complaint that was never resolved', () => {
    expect(checkTransition({ register: complaintRegister, actionName: 'close', status: 'dispatched', role: 'staff' })).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
    });
  });

  it('keeps 签收 for the department head and the supervisor', () => {
    expect(checkTransition({ register: complaintRegister, actionName: 'accept', status: 'dispatched', role: 'staff' })).toMatchObject({
      ok: false,
      code: 'ROLE_NOT_ALLOWED',
    });
  });

  it('offers a department head accept on dispatched work, and nothing on closed work', () => {
    expect(availableActions({ register: complaintRegister, status: 'dispatched', role: 'dept-head' }).map((a) => a.name)).toEqual(['accept']);
    expect(availableActions({ register: complaintRegister, status: 'closed', role: 'supervisor' })).toEqual([]);
  });

  it('lets a repair wait for parts and resume', () => {
    expect(availableActions({ register: repairOrderRegister, status: 'in_progress', role: 'dept-head' }).map((a) => a.name)).toEqual([
      'resolve',
      'pause',
    ]);
    expect(availableActions({ register: repairOrderRegister, status: 'paused', role: 'dept-head' }).map((a) => a.name)).toEqual(['resume']);
  });
});
