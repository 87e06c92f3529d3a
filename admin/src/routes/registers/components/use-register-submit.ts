import { useTranslate } from '@refinedev/core';
import { isFieldShown, validateInput, type FieldDescription, type RegisterDescription } from '@wuyedesk/contracts';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { toApiValues } from '../../../registers/form-values';
import { useLocale } from '../../../providers/use-locale';

type Values = Record<string, unknown>;

/**
 * Converts the form to the request body and runs contracts' validateInput on all of it (the
 * whole-record rules: required on create, unit-or-address) before anything is sent. Problems
 * land on their fields; nothing typed is cleared.
 */
export const useRegisterSubmit = ({
  register,
  fields,
  mode,
  form,
  send,
}: {
  register: RegisterDescription;
  fields: FieldDescription[];
  mode: 'create' | 'update';
  form: FormInstance<Values>;
  send: (data: Values) => Promise<unknown>;
}) => {
  const t = useTranslate();
  const locale = useLocale();
  return useCallback(
    (values: Values) => {
      // A field the record does not ask for (a copy's scope on a read) is not sent.
      const shown = fields.filter((f) => isFieldShown(register, f.name, values));
      const { data, invalidJson } = toApiValues(shown, values, mode);
      // Keyed by the dotted path: a group's cell (f_workers.0.name) gets its own message.
      const messages = new Map<string, string[]>();
      for (const name of invalidJson) {
        const label = fields.find((f) => f.name === name)?.label[locale] ?? name;
        messages.set(name, [t('form.invalidJson', { label })]);
      }
      for (const error of validateInput({ register, data, mode, locale })) {
        const name = error.path.join('.');
        messages.set(name, [...(messages.get(name) ?? []), error.message]);
      }
      if (messages.size > 0) {
        const namePath = (key: string) => key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        form.setFields([...messages].map(([name, errors]) => ({ name: namePath(name), errors })));
        form.scrollToField(namePath([...messages.keys()][0]));
        return;
      }
      // Server-side field errors are put on the fields by Refine's useForm; the rejection
      // itself is already shown as a notification.
      send(data).catch(() => undefined);
    },
    [register, fields, mode, form, send, locale, t],
  );
};
