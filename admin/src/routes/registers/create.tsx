import { Create, ErrorComponent, useForm } from '@refinedev/antd';
import type { BaseRecord, HttpError } from '@refinedev/core';
import { defaultValues } from '@wuyedesk/contracts';
import { useMemo } from 'react';
import { formFields } from '../../registers/form-fields';
import type { PermittedRegister } from '../../providers/session';
import { RegisterForm } from './components/register-form';
import { useCurrentRegister } from './components/use-current-register';
import { useRegisterSubmit } from './components/use-register-submit';

type Values = Record<string, unknown>;

const CreateForm = ({ register }: { register: PermittedRegister }) => {
  const fields = useMemo(() => formFields(register, 'create'), [register]);
  const initialValues = useMemo(() => defaultValues(register), [register]);
  const { form, formProps, saveButtonProps, onFinish } = useForm<BaseRecord, HttpError, Values>({
    resource: register.pluralName,
    action: 'create',
    redirect: 'show',
    warnWhenUnsavedChanges: true,
  });
  const submit = useRegisterSubmit({ register, fields, mode: 'create', form, send: onFinish });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <RegisterForm
        register={register}
        fields={fields}
        mode="create"
        formProps={formProps}
        initialValues={initialValues}
        onSubmit={submit}
      />
    </Create>
  );
};

export const RegisterCreate = () => {
  const register = useCurrentRegister();
  if (!register) return <ErrorComponent />;
  return <CreateForm key={register.pluralName} register={register} />;
};
