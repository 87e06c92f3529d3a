import { useCreate, useCustomMutation, useTranslate, type BaseRecord, type HttpError } from '@refinedev/core';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import type { PermittedRegister } from '../../providers/session';
import { useLocale } from '../../providers/use-locale';
import { intakeTargetOf, prepareIntake, type IntakeValues } from './intake-payload';
import { errorMessageOf, serverFieldErrors } from './server-errors';

/** What the desk reads out to the caller, and where the record lives. */
export interface SavedIntake {
  register: PermittedRegister;
  id: string;
  number: string;
  isDispatched: boolean;
  /** Set when the record was created but the dispatch step was refused. */
  dispatchError?: string;
}

/**
 * Checks the form like the server, creates the complaint or repair order, and dispatches it
 * when asked. Field problems (the browser's or the server's) land on their fields and nothing
 * typed is cleared; a failed dispatch still reports the record, which exists by then.
 */
export const useIntakeSave = ({
  registers,
  form,
  onSaved,
}: {
  registers: Record<'complaint' | 'repair-order', PermittedRegister | undefined>;
  form: FormInstance<IntakeValues>;
  onSaved: (saved: SavedIntake) => void;
}) => {
  const t = useTranslate();
  const locale = useLocale();
  const { mutateAsync: create } = useCreate<BaseRecord, HttpError, Record<string, unknown>>();
  const { mutateAsync: act } = useCustomMutation<BaseRecord, HttpError, { data: Record<string, unknown> }>();
  const [isSaving, setIsSaving] = useState(false);

  const showProblems = (errors: { name: string; errors: string[] }[]) => {
    form.setFields(errors);
    form.scrollToField(errors[0].name);
    form.focusField(errors[0].name);
  };

  const dispatch = async (register: PermittedRegister, id: string, department: string) => {
    await act({
      url: `${register.pluralName}/${encodeURIComponent(id)}/actions/dispatch`,
      method: 'post',
      values: { data: { department } },
      successNotification: false,
      errorNotification: false,
    });
  };

  /**
   * The browser's per-field rules stopped the submit: show every problem the server would name
   * too (the unit-or-address rule needs the whole form), not only the first field's.
   */
  const showAllProblems = (values: IntakeValues, fallback: string[]) => {
    const register = registers[intakeTargetOf(values.type)];
    const { errors } = register ? prepareIntake({ register, values, locale }) : { errors: [] };
    if (errors.length > 0) return showProblems(errors);
    form.focusField(fallback);
  };

  const save = async (values: IntakeValues) => {
    const register = registers[intakeTargetOf(values.type)];
    if (!register || isSaving) return;
    const { submission, errors } = prepareIntake({ register, values, locale });
    if (!submission) return showProblems(errors);
    setIsSaving(true);
    try {
      const { data: record } = await create({
        resource: register.pluralName,
        values: submission.data,
        successNotification: false,
      });
      const id = String(record.id);
      let dispatchError: string | undefined;
      if (submission.dispatchTo) {
        await dispatch(register, id, submission.dispatchTo).catch((error: unknown) => {
          dispatchError = t('intake.dispatchFailed', { message: errorMessageOf(error) });
        });
      }
      onSaved({
        register,
        id,
        number: String(record[register.titleField] ?? id),
        isDispatched: !!submission.dispatchTo && !dispatchError,
        dispatchError,
      });
    } catch (error) {
      // Refine has already shown the refusal; its field errors go where they belong.
      const fields = serverFieldErrors(error);
      if (fields.length > 0) showProblems(fields);
    } finally {
      setIsSaving(false);
    }
  };

  return { save, showAllProblems, isSaving };
};
