import { useCustom, useCustomMutation, useTranslate, type HttpError } from '@refinedev/core';
import type { Capability, CapabilityDescription, CapabilityGrants, CapabilityHolder, RoleDescription } from '@wuyedesk/contracts';
import { Alert, App as AntApp, Button, Checkbox, Input, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSession } from '../../providers/session-context';
import { useLocale } from '../../providers/use-locale';

interface CapabilitiesView {
  capabilities: CapabilityDescription[];
  roles: RoleDescription[];
  grants: CapabilityGrants;
}

const holderOf = (holders: readonly CapabilityHolder[], role: string) => holders.find((h) => h.role === role);

/**
 * 岗位权限: which roles hold each capability (approve a key loan, see 机密 files, edit the rules…).
 * One row per capability, one column per role; a capability that may be limited to a department
 * takes a department code beside the tick (工程部 = GC for repair-loan approvers).
 */
export const CapabilitiesPage = () => {
  const t = useTranslate();
  const locale = useLocale();
  const session = useSession();
  const { message } = AntApp.useApp();
  const { query, result } = useCustom<CapabilitiesView>({ url: 'records/capabilities', method: 'get', queryOptions: { queryKey: ['capabilities'] } });
  const view = result.data as CapabilitiesView | undefined;
  const [grants, setGrants] = useState<CapabilityGrants | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { mutateAsync, mutation } = useCustomMutation();

  // The saved grants become the editable copy once they arrive (and again after a save).
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the server's answer arrives from outside React
  useEffect(() => setGrants(view?.grants ?? null), [view]);

  const toggle = (capability: Capability, role: string, on: boolean) =>
    setGrants((current) => {
      if (!current) return current;
      const others = current[capability].filter((h) => h.role !== role);
      return { ...current, [capability]: on ? [...others, { role } as CapabilityHolder] : others };
    });

  const setDepartment = (capability: Capability, role: string, code: string) =>
    setGrants((current) => {
      if (!current) return current;
      const holders = current[capability].map((h) => (h.role === role ? { role: h.role, ...(code.trim() ? { departmentCode: code.trim() } : {}) } : h));
      return { ...current, [capability]: holders };
    });

  const save = async () => {
    if (!grants) return;
    setProblem(null);
    try {
      await mutateAsync({
        url: 'records/capabilities',
        method: 'put',
        values: { data: { grants } },
        successNotification: false,
        errorNotification: false,
      });
      message.success(t('capabilities.saved'));
      await query.refetch();
      // The menu follows the signed-in user's own capabilities.
      await session.refresh().catch(() => undefined);
    } catch (caught) {
      setProblem((caught as HttpError).message);
    }
  };

  if (query.isError) return <Alert type="error" showIcon message={t('session.loadFailed')} />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('capabilities.title')}
        </Typography.Title>
        <Button type="primary" loading={mutation.isPending} disabled={!grants} onClick={save}>
          {t('capabilities.save')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('capabilities.help')}
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon message={problem} />}
      <Table<CapabilityDescription>
        rowKey="key"
        loading={query.isLoading || !grants}
        dataSource={view?.capabilities ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('capabilities.capability'),
            fixed: 'left',
            render: (_, c) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{c.label[locale]}</Typography.Text>
                <Typography.Text type="secondary">{c.help[locale]}</Typography.Text>
              </Space>
            ),
          },
          ...(view?.roles ?? []).map((role) => ({
            title: role.label[locale],
            key: role.key,
            render: (_: unknown, c: CapabilityDescription) => {
              const holder = grants ? holderOf(grants[c.key], role.key) : undefined;
              return (
                <Space direction="vertical" size={4}>
                  <Checkbox
                    aria-label={`${c.label[locale]} · ${role.label[locale]}`}
                    checked={!!holder}
                    onChange={(e) => toggle(c.key, role.key, e.target.checked)}
                  />
                  {c.byDepartment && holder && (
                    <Input
                      size="small"
                      style={{ width: 110 }}
                      placeholder={t('capabilities.anyDepartment')}
                      aria-label={`${c.label[locale]} · ${role.label[locale]} · ${t('capabilities.department')}`}
                      value={holder.departmentCode ?? ''}
                      onChange={(e) => setDepartment(c.key, role.key, e.target.value)}
                    />
                  )}
                </Space>
              );
            },
          })),
        ]}
      />
    </Space>
  );
};
