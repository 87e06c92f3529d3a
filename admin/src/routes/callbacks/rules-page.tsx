import { useCustom, useTranslate } from '@refinedev/core';
import {
  CALLBACK_METHOD_OPTIONS,
  CALLER_ROLE_OPTIONS,
  type CallbackRule,
} from '@wuyedesk/contracts';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser, useRegisters } from '../../providers/session-context';
import { useLocale } from '../../providers/use-locale';
import { RuleForm } from './components/rule-form';

const isRule = (value: unknown): value is CallbackRule =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as CallbackRule).id === 'number' &&
  typeof (value as CallbackRule).name === 'string';

/** 回访规则: which records get a callback, when, how often, by whom. The administrator edits them. */
export const CallbackRulesPage = () => {
  const t = useTranslate();
  const locale = useLocale();
  const registers = useRegisters();
  const user = useCurrentUser();
  const [editing, setEditing] = useState<CallbackRule | 'new' | null>(null);
  const { query, result } = useCustom({
    url: 'callback-rules',
    method: 'get',
    queryOptions: { queryKey: ['callback-rules'] },
  });
  const rules = Array.isArray(result.data) ? (result.data as unknown[]).filter(isRule) : [];
  const canEdit = !!user && user.capabilities.includes('callback-rules.edit');
  const registerLabel = (key: string) => registers.find((r) => r.key === key)?.label[locale] ?? key;
  const fieldLabel = (registerKey: string, field: string) =>
    registers.find((r) => r.key === registerKey)?.fields.find((f) => f.name === field)?.label[locale] ?? field;
  const triggerLabel = (rule: CallbackRule) =>
    registers.find((r) => r.key === rule.register)?.workflow?.actions.find((a) => a.name === rule.trigger)?.label[
      locale
    ] ?? rule.trigger;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('callbackRules.title')}
        </Typography.Title>
        {canEdit && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('callbackRules.create')}
          </Button>
        )}
      </Space>
      {query.isError && <Alert type="error" showIcon message={t('session.loadFailed')} />}
      <Table<CallbackRule>
        dataSource={rules}
        loading={query.isLoading}
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'name', title: t('callbackRules.name'), dataIndex: 'name' },
          { key: 'register', title: t('callbackRules.register'), render: (_, r) => registerLabel(r.register) },
          {
            key: 'conditions',
            title: t('callbackRules.conditions'),
            render: (_, r) =>
              r.conditions.length
                ? r.conditions
                    .map(
                      (c) =>
                        `${fieldLabel(r.register, c.field)} ${t(`callbackRules.${c.operator}`)} ${Array.isArray(c.value) ? c.value.join('、') : String(c.value)}`,
                    )
                    .join('；')
                : t('callbackRules.everyRecord'),
          },
          { key: 'trigger', title: t('callbackRules.trigger'), render: (_, r) => triggerLabel(r) },
          {
            key: 'window',
            title: t('callbackRules.window'),
            render: (_, r) =>
              `${r.windowAmount} ${t(r.windowUnit === 'working_days' ? 'callbackRules.workingDays' : 'callbackRules.calendarDays')}`,
          },
          { key: 'rate', title: t('callbackRules.rate'), render: (_, r) => `${r.rate}%` },
          {
            key: 'caller',
            title: t('callbackRules.callerRole'),
            render: (_, r) => CALLER_ROLE_OPTIONS.find((o) => o.value === r.callerRole)?.label[locale] ?? r.callerRole,
          },
          {
            key: 'methods',
            title: t('callbackRules.methods'),
            render: (_, r) =>
              r.methods.map((m) => CALLBACK_METHOD_OPTIONS.find((o) => o.value === m)?.label[locale] ?? m).join('、'),
          },
          {
            key: 'active',
            title: t('callbackRules.active'),
            render: (_, r) => (
              <Tag color={r.active ? 'green' : 'default'}>{r.active ? t('values.yes') : t('values.no')}</Tag>
            ),
          },
          ...(canEdit
            ? [
                {
                  key: 'edit',
                  title: '',
                  render: (_: unknown, r: CallbackRule) => (
                    <Button size="small" onClick={() => setEditing(r)}>
                      {t('callbackRules.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <RuleForm
          rule={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void query.refetch();
          }}
        />
      )}
    </Space>
  );
};
