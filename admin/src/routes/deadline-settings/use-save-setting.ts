import { useCustomMutation, useTranslate, type HttpError } from '@refinedev/core';
import type { SettingsError } from '@wuyedesk/contracts';
import { App, type FormInstance } from 'antd';
import { fieldsFromHttpError, fieldsFromProblems } from './settings-data';

/**
 * Saving one setting, the same way on every tab: the contracts' validator first (its messages on
 * the form items), then the request; the server's refusal lands on the same items, anything else
 * is a notification. Resolves true when saved.
 */
export const useSaveSetting = <Values>(form: FormInstance<Values>) => {
  const t = useTranslate();
  const { notification } = App.useApp();
  const { mutateAsync, mutation } = useCustomMutation<Record<string, unknown>, HttpError, { data: unknown }>();
  const save = async ({
    url,
    method,
    data,
    problems,
  }: {
    url: string;
    method: 'post' | 'put';
    data: unknown;
    problems: SettingsError[];
  }) => {
    if (problems.length) {
      form.setFields(fieldsFromProblems(problems));
      return false;
    }
    try {
      await mutateAsync({
        url,
        method,
        values: { data },
        successNotification: { type: 'success', message: t('deadlineSettings.saved') },
        errorNotification: false,
      });
      return true;
    } catch (caught) {
      const error = caught as HttpError;
      // A refusal lands on its form item; one about something the form has no item for would
      // otherwise vanish (the drawer stays open with no word), so it is said in a notification.
      const shown = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
      const fields = fieldsFromHttpError(error);
      const onItems = fields.filter((f) => shown.has(JSON.stringify(f.name)));
      const elsewhere = fields.filter((f) => !shown.has(JSON.stringify(f.name)));
      if (onItems.length) form.setFields(onItems);
      if (!onItems.length || elsewhere.length) {
        const message = elsewhere.flatMap((f) => f.errors).join('；') || error.message;
        notification.error({ message: t('deadlineSettings.saveFailed', { message }) });
      }
      return false;
    }
  };
  return { save, saving: mutation.isPending };
};
