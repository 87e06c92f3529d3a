import { PlusOutlined } from '@ant-design/icons';
import { useCustom, useTranslate } from '@refinedev/core';
import { validatePolicy, type DeadlinePolicyInput, type DeadlinePolicyView } from '@wuyedesk/contracts';
import { Alert, Button, Drawer, Form, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useRegisters } from '../../providers/session-context';
import { useLocale } from '../../providers/use-locale';
import { useSaveSetting } from './use-save-setting';
import { PolicyForm } from './policy-form';
import { blankPolicy, durationText, escalationText, policyInput, POLICIES_URL, toPolicyInput } from './settings-data';

type Editing = { id: number | null; values: DeadlinePolicyInput } | null;

/** 时限规则: every policy, and a drawer to change one or add one. */
export const PoliciesTab = () => {
  const t = useTranslate();
  const locale = useLocale();
  const registers = useRegisters();
  const [form] = Form.useForm<DeadlinePolicyInput>();
  const { save: saveSetting, saving } = useSaveSetting(form);
  const [editing, setEditing] = useState<Editing>(null);
  const { query, result } = useCustom<DeadlinePolicyView[]>({
    url: POLICIES_URL,
    method: 'get',
    queryOptions: { queryKey: ['deadline-policies'] },
  });
  const policies = Array.isArray(result.data) ? result.data : [];
  const registerOf = (key: string) => registers.find((r) => r.key === key);

  const save = async (values: DeadlinePolicyInput) => {
    if (!editing) return;
    const data = toPolicyInput({ ...editing.values, ...values });
    const saved = await saveSetting({
      url: editing.id === null ? POLICIES_URL : `${POLICIES_URL}/${editing.id}`,
      method: editing.id === null ? 'post' : 'put',
      data,
      problems: validatePolicy({ input: data, registers, locale }),
    });
    if (!saved) return;
    setEditing(null);
    await query.refetch();
  };

  const open = (next: Editing) => {
    form.resetFields();
    setEditing(next);
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {query.isError && <Alert type="error" showIcon message={t('session.loadFailed')} />}
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => open({ id: null, values: blankPolicy(registers.find((r) => r.workflow)?.key ?? '') })}
      >
        {t('deadlineSettings.addPolicy')}
      </Button>
      <Table<DeadlinePolicyView>
        rowKey="id"
        size="small"
        loading={query.isLoading}
        dataSource={policies}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('deadlineSettings.columns.register'),
            dataIndex: 'register',
            width: 110,
            render: (key: string) => registerOf(key)?.label[locale] ?? key,
          },
          { title: t('deadlineSettings.columns.name'), dataIndex: 'name' },
          { title: t('deadlineSettings.columns.clock'), dataIndex: 'clock', width: 110 },
          {
            title: t('deadlineSettings.columns.duration'),
            key: 'duration',
            width: 120,
            render: (_, p) =>
              p.manual ? t('deadlineSettings.manual') : durationText(p, registerOf(p.register), locale),
          },
          {
            title: t('deadlineSettings.columns.escalation'),
            key: 'escalation',
            render: (_, p) => escalationText(p, locale),
          },
          {
            title: t('deadlineSettings.columns.active'),
            dataIndex: 'active',
            width: 80,
            render: (active: boolean) =>
              active ? <Tag color="success">{t('deadlineSettings.on')}</Tag> : <Tag>{t('deadlineSettings.off')}</Tag>,
          },
          {
            title: t('deadlineSettings.columns.actions'),
            key: 'actions',
            width: 80,
            render: (_, p) => (
              <Button size="small" onClick={() => open({ id: p.id, values: policyInput(p) })}>
                {t('buttons.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Drawer
        open={editing !== null}
        width={760}
        title={editing?.id === null ? t('deadlineSettings.addPolicy') : editing?.values.name}
        onClose={() => setEditing(null)}
        destroyOnClose
        extra={
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('buttons.save')}
          </Button>
        }
      >
        {editing && <PolicyForm form={form} registers={registers} initialValues={editing.values} onFinish={save} />}
      </Drawer>
    </Space>
  );
};
