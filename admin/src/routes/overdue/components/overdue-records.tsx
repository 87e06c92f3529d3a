import { useLink, useNavigation, useTranslate } from '@refinedev/core';
import { Card, Grid, List, Table, Tag, Typography } from 'antd';
import { StatusTag } from '../../../components/status-tag';
import { useNow } from '../../../components/due-at';
import type { Translate } from '../../../providers/i18n';
import type { PermittedRegister } from '../../../providers/session';
import { deadlineTag } from '../../../registers/deadline';
import { formatDateTime } from '../../../registers/time';
import type { OverdueRecord } from '../overdue-data';

interface OverdueRecordsProps {
  records: readonly OverdueRecord[];
  registers: readonly PermittedRegister[];
  loading: boolean;
}

/** Overdue records, most overdue first: a table on desktops, cards on a phone. */
export const OverdueRecords = ({ records, registers, loading }: OverdueRecordsProps) => {
  const t: Translate = useTranslate();
  const Link = useLink();
  const { showUrl } = useNavigation();
  const now = useNow();
  const isPhone = Grid.useBreakpoint().xs === true;
  const registerOf = (record: OverdueRecord) => registers.find((r) => r.key === record.register);
  const number = (record: OverdueRecord) => {
    const register = registerOf(record);
    return register ? <Link to={showUrl(register.pluralName, record.documentId)}>{record.number}</Link> : record.number;
  };
  const late = (record: OverdueRecord) => {
    const tag = deadlineTag({ dueAt: record.dueAt, now, t });
    return tag ? <Tag color={tag.colour}>{tag.text}</Tag> : null;
  };
  const status = (record: OverdueRecord) => {
    const register = registerOf(record);
    return register && record.status ? <StatusTag register={register} status={record.status} /> : null;
  };
  const department = (record: OverdueRecord) => record.department?.name ?? t('overdue.noDepartment');

  if (isPhone) {
    return (
      <List<OverdueRecord>
        dataSource={[...records]}
        loading={loading}
        rowKey={(r) => `${r.register}:${r.documentId}`}
        locale={{ emptyText: t('overdue.empty') }}
        renderItem={(record) => (
          <List.Item style={{ display: 'block', padding: 0, border: 'none', marginBottom: 12 }}>
            <Card size="small" title={number(record)} extra={status(record)}>
              <Typography.Text>{department(record)}</Typography.Text>
              <div>{late(record)}</div>
              <Typography.Text type="secondary">{t('overdue.dueAt')}：{formatDateTime(record.dueAt)}</Typography.Text>
            </Card>
          </List.Item>
        )}
      />
    );
  }
  return (
    <Table<OverdueRecord>
      dataSource={[...records]}
      loading={loading}
      rowKey={(r) => `${r.register}:${r.documentId}`}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: t('overdue.empty') }}
      scroll={{ x: 'max-content' }}
      columns={[
        { key: 'number', title: t('overdue.number'), render: (_, r) => number(r) },
        { key: 'department', title: t('overdue.department'), render: (_, r) => department(r) },
        { key: 'late', title: t('overdue.overdueBy'), render: (_, r) => late(r) },
        { key: 'dueAt', title: t('overdue.dueAt'), render: (_, r) => formatDateTime(r.dueAt) },
        { key: 'status', title: t('overdue.status'), render: (_, r) => status(r) },
      ]}
    />
  );
};
