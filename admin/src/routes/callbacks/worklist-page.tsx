import { useList, useLink, useNavigation, useTranslate, type BaseRecord } from '@refinedev/core';
import { Alert, Card, Result, Segmented, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { DueAt } from '../../components/due-at';
import { EnumValue } from './components/enum-value';
import { WorkflowActions } from '../../components/workflow-actions';
import { useCurrentUser, useRegisters } from '../../providers/session-context';
import { useLocale } from '../../providers/use-locale';
import { canSeeAllCallbacks, sourceOf, worklistFilters, type CallbackRow, type WorklistScope } from './callback-data';

/**
 * 待回访: the pending callbacks of the caller's role, soonest due first. A callback is recorded
 * from its row (登记回访 / 未联系上); the ones done here stay listed with a link to their record.
 */
export const CallbackWorklistPage = () => {
  const t = useTranslate();
  const Link = useLink();
  const { showUrl } = useNavigation();
  const registers = useRegisters();
  const user = useCurrentUser();
  const locale = useLocale();
  const [scope, setScope] = useState<WorklistScope>('mine');
  const [recent, setRecent] = useState<CallbackRow[]>([]);
  const register = registers.find((r) => r.key === 'callback');
  const { result, query } = useList<CallbackRow>({
    resource: 'callbacks',
    filters: user ? worklistFilters({ role: user.role, scope }) : [],
    sorters: [{ field: 'dueAt', order: 'asc' }],
    pagination: { pageSize: 100 },
    queryOptions: { enabled: !!register && !!user },
  });
  if (!register || !user) return <Result status="info" title={t('callbacks.empty')} />;

  const sourceLink = (row: CallbackRow) => {
    const source = sourceOf(registers, row);
    const label = source ? source.register.label[locale] : row.sourceRegister;
    return source ? (
      <Space size={4} direction="vertical">
        <Link to={showUrl(source.pluralName, source.documentId)}>{row.sourceNumber}</Link>
        <Typography.Text type="secondary">{label}</Typography.Text>
      </Space>
    ) : (
      row.sourceNumber
    );
  };
  const resident = (row: CallbackRow) => (
    <Space size={0} direction="vertical">
      <span>{row.residentName ?? '—'}</span>
      <Typography.Text copyable={!!row.residentPhone}>{row.residentPhone ?? ''}</Typography.Text>
      <Typography.Text type="secondary">{row.unit?.code ?? row.address ?? ''}</Typography.Text>
    </Space>
  );
  const rows = result.data ?? [];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('callbacks.title')}
      </Typography.Title>
      {canSeeAllCallbacks(user.capabilities) && (
        <Segmented<WorklistScope>
          value={scope}
          options={[
            { value: 'mine', label: t('callbacks.mine') },
            { value: 'all', label: t('callbacks.all') },
          ]}
          onChange={setScope}
        />
      )}
      {query.isError && <Alert type="error" showIcon message={t('session.loadFailed')} />}
      <Table<CallbackRow>
        dataSource={rows}
        loading={query.isLoading}
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('callbacks.empty') }}
        columns={[
          {
            key: 'number',
            title: t('callbacks.number'),
            render: (_, r) => <Link to={showUrl('callbacks', r.id)}>{r.number}</Link>,
          },
          { key: 'source', title: t('callbacks.source'), render: (_, r) => sourceLink(r) },
          { key: 'resident', title: t('callbacks.resident'), render: (_, r) => resident(r) },
          {
            key: 'dueAt',
            title: t('callbacks.dueAt'),
            render: (_, r) => <DueAt dueAt={r.dueAt} startAt={r.triggeredAt} />,
          },
          { key: 'attempts', title: t('callbacks.attempts'), render: (_, r) => r.attempts ?? 0 },
          {
            key: 'caller',
            title: t('callbacks.caller'),
            render: (_, r) => <EnumValue register={register} field="callerRole" value={r.callerRole} />,
          },
          {
            key: 'selection',
            title: t('callbacks.selection'),
            render: (_, r) => (
              <Tooltip title={r.selection}>
                <Typography.Text ellipsis style={{ maxWidth: 180 }}>
                  {r.selection}
                </Typography.Text>
              </Tooltip>
            ),
          },
          {
            key: 'actions',
            title: t('callbacks.actions'),
            render: (_, r) => (
              <Space wrap>
                <WorkflowActions
                  register={register}
                  record={r as BaseRecord}
                  onChanged={() => {
                    setRecent((done) => [r, ...done.filter((d) => d.id !== r.id)]);
                    void query.refetch();
                  }}
                />
              </Space>
            ),
          },
        ]}
      />
      {recent.length > 0 && (
        <Card size="small" title={t('callbacks.recent')}>
          <Space direction="vertical">
            {recent.map((r) => (
              <Space key={r.id} size={12}>
                <Link to={showUrl('callbacks', r.id)}>{r.number}</Link>
                {sourceLink(r)}
              </Space>
            ))}
          </Space>
        </Card>
      )}
    </Space>
  );
};
