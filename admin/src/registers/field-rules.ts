import {
  FIELD_MESSAGES,
  formatMessage,
  validateInput,
  type FieldDescription,
  type Locale,
  type RegisterDescription,
  type WorkflowAction,
} from '@wuyedesk/contracts';
import type { FormRule } from 'antd';
import { InvalidJsonError, toApiValue } from './form-values';

export type RuleMode = 'create' | 'update' | 'action';

const isChoice = (field: FieldDescription) => field.type === 'enum' || field.type === 'relation';

/** Whether the form marks a field required: the description, or the step's `requires`. */
export const isFieldRequired = (field: FieldDescription, mode: RuleMode, action?: WorkflowAction): boolean =>
  mode === 'action' ? (action?.requires?.includes(field.name) ?? false) : field.required === true && field.type !== 'boolean';

/**
 * antd rules for one field. The check itself is contracts' validateInput on that field alone,
 * so the message under the input is word for word the one the server would send. Whole-form
 * rules (one-of groups, required-on-create) run again on submit.
 */
export const fieldRules = ({
  register,
  field,
  locale,
  mode,
  action,
}: {
  register: RegisterDescription;
  field: FieldDescription;
  locale: Locale;
  mode: RuleMode;
  action?: WorkflowAction;
}): FormRule[] => {
  const label = field.label[locale];
  const rules: FormRule[] = [];
  if (isFieldRequired(field, mode, action)) {
    const template = FIELD_MESSAGES[isChoice(field) ? 'REQUIRED_CHOICE' : 'REQUIRED'][locale];
    rules.push({ required: true, message: formatMessage(template, { label }) });
  }
  rules.push({
    validator: async (_rule, value: unknown) => {
      let apiValue: unknown;
      try {
        apiValue = toApiValue(field, value);
      } catch (error) {
        if (error instanceof InvalidJsonError) throw new Error(formatMessage(FIELD_MESSAGES.PATTERN[locale], { label }), { cause: error });
        throw error;
      }
      // Blanks are the required rule's business; per-field checks use update mode so one-of
      // groups (unit or address) are not judged from a single field.
      if (apiValue === null) return;
      const errors = validateInput({
        register,
        data: { [field.name]: apiValue },
        mode: mode === 'action' ? 'action' : 'update',
        locale,
        action,
      });
      const problem = errors.find((e) => e.path[0] === field.name);
      if (problem) throw new Error(problem.message);
    },
  });
  return rules;
};
