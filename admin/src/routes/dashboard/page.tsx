import { DownloadOutlined } from '@ant-design/icons';
import { useCustom, useTranslate } from '@refinedev/core';
import type { Granularity, HandledRegister } from '@wuyedesk/contracts';
import { Alert, Button, Card, Col, DatePicker, Row, Segmented, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useXlsxDownload } from '../../components/xlsx-download/use-xlsx-download';
import { useCurrentUser } from '../../providers/session-context';
import { useRegisters } from '../../providers/session-context';
import { useLocale } from '../../providers/use-locale';
import { MonthlyReportSettings } from './components/monthly-report-settings';
import { completionPoints, completionTotal, isFigures, percent, thisMonth } from './dashboard-data';

const CompletionChart = lazy(() => import('./components/charts').then((m) => ({ default: m.CompletionChart })));
const CountBars = lazy(() => import('./components/charts').then((m) => ({ default: m.CountBars })));
const RateColumns = lazy(() => import('./components/charts').then((m) => ({ default: m.RateColumns })));

const Chart = ({ children }: { children: React.ReactNode }) => <Suspense fallback={<Skeleton active />}>{children}</Suspense>;

/** 统计看板: the statistics of a period as charts; the same numbers as the statistics workbook. */
export const DashboardPage = () => {
  const t = useTranslate();
  const locale = useLocale();
  const registers = useRegisters();
  const registerLabel = (key: string) => registers.find((r) => r.key === key)?.label[locale] ?? key;
  const user = useCurrentUser();
  const [period, setPeriod] = useState(thisMonth);
  const [granularity, setGranularity] = useState<Granularity>('day');
  const [register, setRegister] = useState<HandledRegister>('complaint');
  const download = useXlsxDownload();
  const { result, query } = useCustom({
    url: 'statistics',
    method: 'get',
    config: { query: period },
    queryOptions: { queryKey: ['statistics', period.from, period.to, locale] },
  });
  // Refine hands an empty object until the answer is there.
  const figures = isFigures(result.data) ? result.data : undefined;
  const outcomeLabels = { onTime: t('dashboard.onTime'), late: t('dashboard.late'), open: t('dashboard.open') };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('dashboard.title')}
        </Typography.Title>
        <Space wrap>
          <DatePicker.RangePicker
            aria-label={t('dashboard.period')}
            allowClear={false}
            value={[dayjs(period.from), dayjs(period.to)]}
            onChange={(range) => range?.[0] && range[1] && setPeriod({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })}
          />
          <Button
            icon={<DownloadOutlined />}
            loading={!!download.progress}
            onClick={() => download.start(`statistics/workbook.xlsx?from=${period.from}&to=${period.to}&locale=${locale}`, 'statistics.xlsx')}
          >
            {t('dashboard.workbook')}
          </Button>
        </Space>
      </Space>
      {query.isError && <Alert type="error" showIcon message={t('session.loadFailed')} />}
      {!figures ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {(['complaint', 'repair-order'] as const).map((key) => {
              const total = completionTotal(figures, key);
              return (
                <Col xs={24} md={12} key={key}>
                  <Card size="small" title={t(`dashboard.registers.${key}`)}>
                    <Space size={32} wrap>
                      <Statistic title={t('dashboard.received')} value={total.received} />
                      <Statistic title={t('dashboard.completionRate')} value={percent(total.completionRate)} />
                      <Statistic title={t('dashboard.onTimeRate')} value={percent(total.onTimeRate)} />
                      <Statistic title={t('dashboard.open')} value={total.open} />
                    </Space>
                  </Card>
                </Col>
              );
            })}
          </Row>
          <Card
            size="small"
            title={t('dashboard.completion')}
            extra={
              <Space wrap>
                <Segmented value={register} onChange={(v) => setRegister(v as HandledRegister)} options={[
                  { value: 'complaint', label: t('dashboard.registers.complaint') },
                  { value: 'repair-order', label: t('dashboard.registers.repair-order') },
                ]} />
                <Segmented value={granularity} onChange={(v) => setGranularity(v as Granularity)} options={(['day', 'week', 'month'] as const).map((g) => ({ value: g, label: t(`dashboard.granularity.${g}`) }))} />
              </Space>
            }
          >
            <Chart>
              <CompletionChart points={completionPoints(figures, granularity, register)} labels={outcomeLabels} />
            </Chart>
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={8}>
              <Card size="small" title={`${t('dashboard.complaintsByCategory')}（${figures.complaints.total}）`}>
                <Chart><CountBars rows={figures.complaints.byCategory} /></Chart>
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card size="small" title={t('dashboard.complaintsByDepartment')}>
                <Chart><CountBars rows={figures.complaints.byDepartment} /></Chart>
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card size="small" title={t('dashboard.complaintsByCause')}>
                <Chart><CountBars rows={figures.complaints.byCause} /></Chart>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={`${t('dashboard.repairsByUrgency')}（${figures.repairs.total}）`}>
                <Chart><CountBars rows={figures.repairs.byUrgency} /></Chart>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('dashboard.repairsByDepartment')}>
                <Chart><CountBars rows={figures.repairs.byDepartment} /></Chart>
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('dashboard.callbacks')}>
            {figures.callbacks.available ? (
              <Chart>
                <RateColumns
                  rows={figures.callbacks.rows.flatMap((r) => {
                    // 客户诉求 工程部, not the register's key.
                    const name = `${registerLabel(r.register)}${r.department ? ` ${r.department}` : ''}`;
                    return [
                      { name, kind: t('dashboard.callbackRate'), rate: r.rate },
                      { name, kind: t('dashboard.callbackTarget'), rate: r.target },
                    ];
                  })}
                />
              </Chart>
            ) : (
              <Alert type="info" showIcon message={t('dashboard.callbacksUnavailable')} />
            )}
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <Card size="small" title={t('dashboard.keys')}>
                <Space size={32} wrap>
                  <Statistic title={t('dashboard.keyLoans')} value={figures.keys.loans} />
                  <Statistic title={t('dashboard.keysLate')} value={figures.keys.returnedLate} />
                  <Statistic title={t('dashboard.keyCountsMissing')} value={figures.keys.counts.reduce((n, c) => n + c.withMissing, 0)} />
                </Space>
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card size="small" title={t('dashboard.archives')}>
                <Space size={32} wrap>
                  <Statistic title={t('dashboard.archiveLoans')} value={figures.archives.loans} />
                  <Statistic title={t('dashboard.archivesOverdue')} value={figures.archives.overdue} />
                </Space>
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('dashboard.unfinished')}>
            <Table
              size="small"
              rowKey={(u) => `${u.register}:${u.number}`}
              dataSource={figures.unfinished}
              pagination={{ pageSize: 10 }}
              columns={[
                { title: t('dashboard.number'), dataIndex: 'number' },
                { title: t('dashboard.department'), dataIndex: 'department', render: (d: string | null) => d ?? '—' },
                { title: t('dashboard.daysOpen'), dataIndex: 'daysOpen', sorter: (a, b) => a.daysOpen - b.daysOpen },
                { title: t('dashboard.reason'), dataIndex: 'reason', render: (r: string | null) => r ?? '—' },
              ]}
            />
          </Card>
        </>
      )}
      {user?.capabilities.includes('statistics.monthly-report') && <MonthlyReportSettings />}
    </Space>
  );
};
