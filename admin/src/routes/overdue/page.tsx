import { useCustom, useTranslate } from '@refinedev/core';
import { Alert, Card, Result, Segmented, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useRegisters } from '../../providers/session-context';
import { useLocale } from '../../providers/use-locale';
import { DepartmentCounts } from './components/department-counts';
import { OverdueRecords } from './components/overdue-records';
import { hasDeadlines, OVERDUE_LIMIT, parseOverdue, recordsOf } from './overdue-data';

/** 超时工单: overdue work per department, then the records themselves (deadlines plugin). */
export const OverduePage = () => {
  const t = useTranslate();
  const locale = useLocale();
  const registers = useRegisters();
  const offered = useMemo(() => registers.filter((r) => r.permissions.includes('read') && hasDeadlines(r)), [registers]);
  const [registerKey, setRegisterKey] = useState<string | null>(null);
  const [department, setDepartment] = useState<string | null>(null);
  const register = offered.find((r) => r.key === registerKey) ?? offered[0];
  const { query, result } = useCustom({
    url: 'deadlines/overdue',
    method: 'get',
    config: { query: { register: register?.key } },
    queryOptions: { queryKey: ['overdue', register?.key], enabled: !!register, refetchInterval: 60_000 },
  });
  if (!register) return <Result status="info" title={t('overdue.empty')} />;
  const list = parseOverdue(result.data);
  const total = list.departments.reduce((sum, d) => sum + d.count, 0);
  const shown = recordsOf(list.records, department);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('overdue.title')}
      </Typography.Title>
      {offered.length > 1 && (
        <Segmented
          value={register.key}
          options={offered.map((r) => ({ value: r.key, label: r.label[locale] }))}
          onChange={(value) => {
            setRegisterKey(String(value));
            setDepartment(null);
          }}
        />
      )}
      {query.isError && <Alert type="error" showIcon message={t('session.loadFailed')} />}
      <Card size="small" title={t('overdue.departments')}>
        <DepartmentCounts departments={list.departments} total={total} selected={department} onSelect={setDepartment} />
      </Card>
      <Card size="small" title={t('overdue.records')} extra={total > OVERDUE_LIMIT ? t('overdue.limited', { count: OVERDUE_LIMIT }) : null}>
        <OverdueRecords records={shown} registers={registers} loading={query.isLoading} />
      </Card>
    </Space>
  );
};
