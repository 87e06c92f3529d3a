import { useNavigation, useTranslate } from '@refinedev/core';
import { Card, Empty, List, Space, Spin, Typography } from 'antd';
import { StatusTag } from '../../../components/status-tag';
import { formatDateTime } from '../../../registers/time';
import type { CallerLookup } from '../use-caller-lookup';

/** The caller's earlier complaints and repairs; each opens in a new tab, the form stays as it is. */
export const EarlierReports = ({ lookup }: { lookup: CallerLookup }) => {
  const t = useTranslate();
  const { showUrl } = useNavigation();
  const { reports, total, isLoading, isActive } = lookup;
  return (
    <Card
      size="small"
      title={t('intake.earlier.title')}
      extra={isLoading ? <Spin size="small" /> : null}
      style={{ marginBottom: 16 }}
    >
      {!isActive ? (
        <Typography.Text type="secondary">{t('intake.earlier.hint')}</Typography.Text>
      ) : reports.length === 0 && !isLoading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('intake.earlier.empty')} />
      ) : (
        <List
          size="small"
          dataSource={reports}
          rowKey={(r) => `${r.register.key}:${r.id}`}
          footer={
            total > reports.length ? <Typography.Text type="secondary">{t('intake.earlier.total', { total })}</Typography.Text> : null
          }
          renderItem={(report) => (
            <List.Item style={{ display: 'block', paddingInline: 0 }}>
              <Space wrap size={[8, 0]}>
                <Typography.Link
                  href={showUrl(report.register.pluralName, report.id)}
                  target="_blank"
                  rel="noopener"
                  strong
                >
                  {report.number}
                </Typography.Link>
                <StatusTag register={report.register} status={report.status} />
              </Space>
              <div>
                <Typography.Text type="secondary">
                  {report.receivedAt ? `${formatDateTime(report.receivedAt)} · ` : ''}
                  {report.kind}
                </Typography.Text>
              </div>
              {report.excerpt && <Typography.Text>{report.excerpt}</Typography.Text>}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
};
