import { complaintRegister, repairOrderRegister } from '@wuyedesk/contracts';
import { initialIntakeValues } from '../initial-values';
import { intakeTargetOf, prepareIntake, REPAIR_TYPE } from '../intake-payload';

const CALLER = {
  residentPhone: ' 13800138000 ',
  residentName: '王五',
  channel: 'phone',
  unit: 'u1',
  description: '楼道灯不亮',
};

describe('an intake of a complaint', () => {
  it('sends the chosen type as the complaint’s kind, with the complexity and category', () => {
    const { submission, errors } = prepareIntake({
      register: complaintRegister,
      values: { ...CALLER, type: 'enquiry', category: 'engineering', complexity: 'general', urgency: 'major', location: '厨房' },
      locale: 'zh-CN',
    });
    expect(errors).toEqual([]);
    expect(submission).toEqual({
      target: 'complaint',
      data: {
        residentPhone: '13800138000',
        residentName: '王五',
        channel: 'phone',
        unit: 'u1',
        kind: 'enquiry',
        category: 'engineering',
        complexity: 'general',
        description: '楼道灯不亮',
      },
    });
  });

  it('asks for a unit or an address in the server’s words, on both fields', () => {
    const { submission, errors } = prepareIntake({
      register: complaintRegister,
      values: { ...CALLER, unit: undefined, type: 'complaint', complexity: 'general' },
      locale: 'zh-CN',
    });
    expect(submission).toBeUndefined();
    expect(errors).toEqual([
      { name: 'unit', errors: ['请填写房号或地址（无房号时填写）中的至少一项'] },
      { name: 'address', errors: ['请填写房号或地址（无房号时填写）中的至少一项'] },
    ]);
  });

  it('lists problems top to bottom as the form shows them', () => {
    const { errors } = prepareIntake({
      register: complaintRegister,
      values: { residentPhone: '13800138000', residentName: '王五', type: 'complaint', complexity: 'general' },
      locale: 'zh-CN',
    });
    expect(errors.map((e) => e.name)).toEqual(['unit', 'address', 'description']);
  });

  it('puts a problem with the kind on the type choice', () => {
    const { errors } = prepareIntake({ register: complaintRegister, values: { ...CALLER, type: 'gossip' }, locale: 'en' });
    expect(errors.map((e) => e.name)).toEqual(['type']);
  });
});

describe('an intake of a repair', () => {
  it('creates a repair order with urgency and location, and no kind', () => {
    const { submission } = prepareIntake({
      register: repairOrderRegister,
      values: { ...CALLER, type: REPAIR_TYPE, urgency: 'urgent', location: '厨房水槽', complexity: 'complex', category: 'plumbing' },
      locale: 'zh-CN',
    });
    expect(submission?.target).toBe('repair-order');
    expect(submission?.data).toEqual({
      residentPhone: '13800138000',
      residentName: '王五',
      channel: 'phone',
      unit: 'u1',
      location: '厨房水槽',
      category: 'plumbing',
      urgency: 'urgent',
      description: '楼道灯不亮',
    });
  });

  it('is chosen by 报修 only', () => {
    expect(intakeTargetOf(REPAIR_TYPE)).toBe('repair-order');
    expect(intakeTargetOf('complaint')).toBe('complaint');
    expect(intakeTargetOf(undefined)).toBe('complaint');
  });
});

describe('create and dispatch', () => {
  it('names the department to dispatch to', () => {
    const { submission } = prepareIntake({
      register: complaintRegister,
      values: { ...CALLER, type: 'complaint', complexity: 'general', dispatch: true, department: 'd-eng' },
      locale: 'zh-CN',
    });
    expect(submission?.dispatchTo).toBe('d-eng');
    expect(submission?.data).not.toHaveProperty('department');
  });

  it('asks for the department before anything is sent', () => {
    const { submission, errors } = prepareIntake({
      register: complaintRegister,
      values: { ...CALLER, type: 'complaint', complexity: 'general', dispatch: true },
      locale: 'zh-CN',
    });
    expect(submission).toBeUndefined();
    expect(errors).toEqual([{ name: 'department', errors: ['请选择责任部门'] }]);
  });

  it('forgets a department chosen before the box was unticked', () => {
    const { submission } = prepareIntake({
      register: complaintRegister,
      values: { ...CALLER, type: 'complaint', complexity: 'general', dispatch: false, department: 'd-eng' },
      locale: 'zh-CN',
    });
    expect(submission).not.toHaveProperty('dispatchTo');
  });
});

describe('a fresh intake', () => {
  it('starts as a phone complaint of general complexity, a repair of general urgency', () => {
    expect(initialIntakeValues({ complaint: complaintRegister, 'repair-order': repairOrderRegister })).toEqual({
      channel: 'phone',
      complexity: 'general',
      urgency: 'general',
      type: 'complaint',
      dispatch: false,
    });
  });

  it('starts as 报修 for someone who records repairs only', () => {
    expect(initialIntakeValues({ complaint: undefined, 'repair-order': repairOrderRegister }).type).toBe(REPAIR_TYPE);
  });
});
