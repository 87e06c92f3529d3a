import { useCustomMutation, useTranslate, type BaseRecord, type HttpError } from '@refinedev/core';
import { validateInput, type RegisterDescription, type WorkflowAction } from '@wuyedesk/contracts';
import { App, Form, Input, Modal } from 'antd';
import { useMemo } from 'react';
import { actionFields } from '../../registers/form-fields';
import { toApiValues, toFormValues } from '../../registers/form-values';
import { useApiConfig } from '../../providers/session-context';
import { useLocale } from '../../providers/use-locale';
import { FieldFormItem } from '../field-input';
import { classifyActionError } from './action-errors';

type Values = Record<string, unknown>;

interface ActionModalProps {
  register: RegisterDescription;
  record: BaseRecord;
  action: WorkflowAction;
  onClose: () => void;
  /** The record changed (or may have): reload it and its history. */
  onChanged: () => void;
}

/** Asks for a step's input fields (and a note), checks them like the server, then takes the step. */
export const ActionModal = ({ register, record, action, onClose, onChanged }: ActionModalProps) => {
  const t = useTranslate();
  const locale = useLocale();
  const { modal, notification } = App.useApp();
  const { assetUrl } = useApiConfig();
  const [form] = Form.useForm<Values>();
  const { mutateAsync, mutation } = useCustomMutation<BaseRecord, HttpError, { data: Values }>();
  const fields = useMemo(() => actionFields(register, action), [register, action]);
  const initialValues = useMemo(() => toFormValues(fields, record, assetUrl), [fields, record, assetUrl]);
  const label = action.label[locale];

  const takeStep = async (data: Values) => {
    try {
      await mutateAsync({
        url: `${register.pluralName}/${encodeURIComponent(String(record.id))}/actions/${action.name}`,
        method: 'post',
        values: { data },
        successNotification: { type: 'success', message: t('workflow.done', { action: label }) },
        // Failures are explained below, field by field where possible.
        errorNotification: false,
      });
      onChanged();
      onClose();
    } catch (caught) {
      const failure = classifyActionError(caught as HttpError);
      if (failure.kind === 'fields') return form.setFields(failure.fields);
      if (failure.kind === 'stale') {
        notification.warning({ message: t('workflow.notAllowed') });
        onChanged();
        return onClose();
      }
      const message = failure.kind === 'forbidden' ? t('workflow.forbidden') : t('workflow.failed', { message: failure.message });
      notification.error({ message });
    }
  };

  const submit = (values: Values) => {
    const { data } = toApiValues(fields, values, 'action');
    const note = typeof values.note === 'string' ? values.note.trim() : '';
    if (note) data.note = note;
    const errors = validateInput({ register, data, mode: 'action', action, locale });
    if (errors.length > 0) return form.setFields(errors.map((e) => ({ name: e.path[0], errors: [e.message] })));
    if (!action.confirm) return takeStep(data);
    modal.confirm({
      title: t('workflow.confirmTitle', { action: label }),
      content: t('workflow.confirmContent'),
      okText: t('workflow.submit'),
      cancelText: t('buttons.cancel'),
      okButtonProps: { danger: true },
      onOk: () => takeStep(data),
    });
  };

  return (
    <Modal
      open
      title={label}
      okText={t('workflow.submit')}
      cancelText={t('buttons.cancel')}
      okButtonProps={{ danger: action.confirm, loading: mutation.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
        {fields.map((field) => (
          <FieldFormItem key={field.name} register={register} field={field} mode="action" action={action} />
        ))}
        <Form.Item name="note" label={t('workflow.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
};
