import { PrinterOutlined } from '@ant-design/icons';
import { ErrorComponent, Show } from '@refinedev/antd';
import { useCustom, useShow, useTranslate, type BaseRecord } from '@refinedev/core';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { isFinalState } from '@wuyedesk/contracts';
import { Button, Grid, Space, Typography } from 'antd';
import { CallbackLinks } from '../../components/callback-links';
import { CountResult, countSubjectOf } from '../../components/cabinet-count';
import { RecordHistory } from '../../components/record-history';
import { StatusTag } from '../../components/status-tag';
import { WorkflowActions } from '../../components/workflow-actions';
import { populateFor } from '../../registers/form-fields';
import { hasPaperForm, printPath } from '../print/paper-forms';
import type { PermittedRegister } from '../../providers/session';
import { RecordSections } from './components/record-sections';
import { useCurrentRegister } from './components/use-current-register';
import { useLocale } from '../../providers/use-locale';

/**
 * A form entry filled with an earlier version of its form shows with that version's fields and
 * labels (a field renamed or removed since still reads as it did when it was filled).
 */
const useFilledWith = (register: PermittedRegister, record: BaseRecord | undefined): RegisterDescription => {
  const filled = typeof record?.formVersion === 'number' ? record.formVersion : undefined;
  const isOlder = register.formVersion !== undefined && filled !== undefined && filled !== register.formVersion;
  const { result } = useCustom<RegisterDescription>({
    url: `forms/types/${register.key}/versions/${filled ?? 0}`,
    method: 'get',
    queryOptions: { enabled: isOlder, queryKey: ['form-version', register.key, filled] },
  });
  return isOlder && result?.data?.fields ? result.data : register;
};

const RecordPage = ({ register }: { register: PermittedRegister }) => {
  const t = useTranslate();
  // On a phone the workflow steps are big full-width buttons above the record.
  const isPhone = Grid.useBreakpoint().xs === true;
  const { query, result: record } = useShow<BaseRecord>({
    resource: register.pluralName,
    meta: { populate: populateFor(register.fields) },
  });
  const statusField = register.workflow?.field;
  const status = record && statusField ? String(record[statusField]) : undefined;
  const isFinal = status !== undefined && isFinalState(register, status);
  const locale = useLocale();
  const number = record ? String(record[register.titleField] ?? '') : '';
  const filledWith = useFilledWith(register, record);
  // A count's item list (what was expected, found, missing) is one table below, not raw JSON and a wall of tags.
  const countSubject = countSubjectOf(register);
  const hidden = new Set(['expectedItems', countSubject?.foundField]);
  const withoutCountList = { ...register, fields: register.fields.filter((f) => !hidden.has(f.name)) };
  return (
    <Show
      isLoading={query.isLoading}
      canDelete={false}
      canEdit={register.permissions.includes('update') && !isFinal}
      title={number ? `${register.label[locale]} ${number}` : undefined}
      headerButtons={({ defaultButtons }) => (
        <Space wrap>
          {status !== undefined && <StatusTag register={register} status={status} />}
          {record && !isPhone && <WorkflowActions register={register} record={record} onChanged={() => query.refetch()} />}
          {record?.id !== undefined && hasPaperForm(register) && (
            // The paper form opens in its own tab, outside the panel, and asks to print.
            <Button icon={<PrinterOutlined />} href={printPath(register.pluralName, record.id)} target="_blank" rel="noopener">
              {t('print.button')}
            </Button>
          )}
          {defaultButtons}
        </Space>
      )}
    >
      {record && isPhone && (
        <WorkflowActions register={register} record={record} onChanged={() => query.refetch()} isStacked />
      )}
      {record && filledWith !== register && <Typography.Text type="secondary">{t('forms.filledWith', { version: filledWith.formVersion })}</Typography.Text>}
      {record && <RecordSections register={countSubject ? withoutCountList : filledWith} record={record} />}
      {record && countSubject && <CountResult subject={countSubject} record={record} />}
      {record && <CallbackLinks register={register} record={record} />}
      {/* Every register keeps its audit trail; the audit log itself has none. */}
      {!register.readOnly && record?.id !== undefined && (
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
