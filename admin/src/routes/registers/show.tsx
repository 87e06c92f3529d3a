import { ErrorComponent, Show } from '@refinedev/antd';
import { useShow, type BaseRecord } from '@refinedev/core';
import { isFinalState } from '@wuyedesk/contracts';
import { Space } from 'antd';
import { RecordHistory } from '../../components/record-history';
import { StatusTag } from '../../components/status-tag';
import { WorkflowActions } from '../../components/workflow-actions';
import { populateFor } from '../../registers/form-fields';
import type { PermittedRegister } from '../../providers/session';
import { RecordSections } from './components/record-sections';
import { useCurrentRegister } from './components/use-current-register';
import { useLocale } from '../../providers/use-locale';

const RecordPage = ({ register }: { register: PermittedRegister }) => {
  const { query, result: record } = useShow<BaseRecord>({
    resource: register.pluralName,
    meta: { populate: populateFor(register.fields) },
  });
  const statusField = register.workflow?.field;
  const status = record && statusField ? String(record[statusField]) : undefined;
  const isFinal = status !== undefined && isFinalState(register, status);
  const locale = useLocale();
  const number = record ? String(record[register.titleField] ?? '') : '';
  return (
    <Show
      isLoading={query.isLoading}
      canDelete={false}
      canEdit={register.permissions.includes('update') && !isFinal}
      title={number ? `${register.label[locale]} ${number}` : undefined}
      headerButtons={({ defaultButtons }) => (
        <Space wrap>
          {status !== undefined && <StatusTag register={register} status={status} />}
          {record && <WorkflowActions register={register} record={record} onChanged={() => query.refetch()} />}
          {defaultButtons}
        </Space>
      )}
    >
      {record && <RecordSections register={register} record={record} />}
      {/* Only registers with a workflow keep a step history. */}
      {register.workflow && record?.id !== undefined && (
        <RecordHistory register={register} id={record.id} version={String(record.updatedAt ?? '')} />
      )}
    </Show>
  );
};

/** A record with its workflow buttons and history, for any register. */
export const RegisterShow = () => {
  const register = useCurrentRegister();
  if (!register) return <ErrorComponent />;
  return <RecordPage key={register.pluralName} register={register} />;
};
