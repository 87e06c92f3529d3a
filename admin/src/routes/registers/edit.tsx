import { Edit, ErrorComponent, useForm } from '@refinedev/antd';
import { useTranslate, type BaseRecord, type HttpError } from '@refinedev/core';
import { isFinalState } from '@wuyedesk/contracts';
import { Alert } from 'antd';
import { useMemo } from 'react';
import { formFields, populateFor } from '../../registers/form-fields';
import { toFormValues } from '../../registers/form-values';
import { useApiConfig } from '../../providers/session-context';
import type { PermittedRegister } from '../../providers/session';
import { RegisterForm } from './components/register-form';
import { useCurrentRegister } from './components/use-current-register';
import { useRegisterSubmit } from './components/use-register-submit';

type Values = Record<string, unknown>;

const EditForm = ({ register }: { register: PermittedRegister }) => {
  const t = useTranslate();
  const { assetUrl } = useApiConfig();
  const fields = useMemo(() => formFields(register, 'edit'), [register]);
  const { form, formProps, saveButtonProps, onFinish, query } = useForm<BaseRecord, HttpError, Values>({
    resource: register.pluralName,
    action: 'edit',
    redirect: 'show',
    warnWhenUnsavedChanges: true,
    meta: { populate: populateFor(fields) },
    // Refine resets the form whenever the record is refetched; a background refetch must
    // never wipe what someone is typing.
    queryOptions: { refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: Infinity },
  });
  const record = query?.data?.data;
  const initialValues = useMemo(() => toFormValues(fields, record, assetUrl), [fields, record, assetUrl]);
  const submit = useRegisterSubmit({ register, fields, mode: 'update', form, send: onFinish });
  const statusField = register.workflow?.field;
  const isFinal = !!record && !!statusField && isFinalState(register, String(record[statusField]));
  return (
    <Edit saveButtonProps={{ ...saveButtonProps, disabled: saveButtonProps.disabled || isFinal }} canDelete={false}>
      {isFinal && <Alert type="info" showIcon message={t('form.finalRecord')} style={{ marginBottom: 16 }} />}
      <RegisterForm
        register={register}
        fields={fields}
        mode="update"
        formProps={formProps}
        initialValues={initialValues}
        onSubmit={submit}
      />
    </Edit>
  );
};

export const RegisterEdit = () => {
  const register = useCurrentRegister();
  if (!register) return <ErrorComponent />;
  return <EditForm key={register.pluralName} register={register} />;
};
