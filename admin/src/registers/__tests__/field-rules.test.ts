import { validateInput, type FieldDescription } from '@wuyedesk/contracts';
import type { FormRule } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { builtIn } from '../../test/fixtures';
import { fieldRules, isFieldRequired } from '../field-rules';

const complaints = builtIn('complaints');
const keyLoans = builtIn('key-loans');
const fieldOf = (name: string): FieldDescription => {
  const found = complaints.fields.find((f) => f.name === name) ?? keyLoans.fields.find((f) => f.name === name);
  if (!found) throw new Error(name);
  return found;
};

const ruleObjects = (rules: FormRule[]): RuleObject[] =>
  rules.filter((r): r is RuleObject => typeof r !== 'function');

/** Runs the validator rule the way antd does; resolves with its message, or null when valid. */
const problemWith = async (rules: FormRule[], value: unknown): Promise<string | null> => {
  const rule = ruleObjects(rules).find((r) => r.validator);
  try {
    await rule?.validator?.(rule, value, () => undefined);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('field rules', () => {
  it('marks a required field with the server’s zh-CN message', () => {
    const rules = ruleObjects(fieldRules({ register: complaints, field: fieldOf('residentName'), locale: 'zh-CN', mode: 'create' }));
    expect(rules[0]).toEqual({ required: true, message: '请填写住户姓名' });
  });

  it('asks to choose, not to fill in, a required option', () => {
    const rules = ruleObjects(fieldRules({ register: complaints, field: fieldOf('kind'), locale: 'zh-CN', mode: 'create' }));
    expect(rules[0].message).toBe('请选择诉求类型');
  });

  it('rejects a malformed phone number with exactly the message validateInput gives', async () => {
    const field = fieldOf('residentPhone');
    const expected = validateInput({ register: complaints, data: { residentPhone: '12345' }, mode: 'update' })[0].message;
    const rules = fieldRules({ register: complaints, field, locale: 'zh-CN', mode: 'create' });
    await expect(problemWith(rules, '12345')).resolves.toBe(expected);
  });

  it('accepts a Beijing landline with extension', async () => {
    const rules = fieldRules({ register: complaints, field: fieldOf('residentPhone'), locale: 'zh-CN', mode: 'create' });
    await expect(problemWith(rules, '010-62345678-123')).resolves.toBeNull();
  });

  it('counts Chinese characters, not bytes, against maxLength', async () => {
    const rules = fieldRules({ register: complaints, field: fieldOf('residentName'), locale: 'en', mode: 'create' });
    await expect(problemWith(rules, '张'.repeat(50))).resolves.toBeNull();
    await expect(problemWith(rules, '张'.repeat(51))).resolves.toBe('Resident name must be at most 50 characters');
  });

  it('leaves blanks to the required rule', async () => {
    const rules = fieldRules({ register: complaints, field: fieldOf('residentPhone'), locale: 'zh-CN', mode: 'create' });
    await expect(problemWith(rules, '')).resolves.toBeNull();
  });

  it('requires what a workflow step requires, even if the field is optional on the record', () => {
    const returnStep = keyLoans.workflow?.actions.find((a) => a.name === 'return');
    expect(isFieldRequired(fieldOf('returnedBy'), 'action', returnStep)).toBe(true);
  });

  it('never marks a switch required: off is an answer', () => {
    expect(isFieldRequired({ ...fieldOf('residentName'), type: 'boolean' }, 'create')).toBe(false);
  });
});
