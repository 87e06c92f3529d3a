import { useCustom, useTranslate, type BaseKey } from '@refinedev/core';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { AlertOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Card, Empty, Spin, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale } from '../../providers/use-locale';
import { describeHistoryEntry, isHistoryEntry, type HistoryKind } from './history-item';

/** Escalations red with an alarm, warnings orange with a clock; people's steps the default dot. */
const MARKS: Record<HistoryKind, { color?: string; dot?: ReactNode }> = {
  escalation: { color: 'red', dot: <AlertOutlined /> },
  warning: { color: 'orange', dot: <ClockCircleOutlined /> },
  step: {},
};

interface RecordHistoryProps {
  register: RegisterDescription;
  id: BaseKey;
  /** Changes whenever the record does (its updatedAt), so the history reloads after a step. */
  version?: string;
}

type Change = ReturnType<typeof describeHistoryEntry>['changes'][number];

/** Each field's change, from → to; a new record's initial values folded away (they are the record). */
const FieldChanges = ({ changes, isCreate }: { changes: Change[]; isCreate: boolean }) => {
  const t = useTranslate();
  if (changes.length === 0) return null;
  const lines = changes.map((c) => (
    <li key={c.field} data-field={c.field}>
      <Typography.Text>
        {isCreate ? t('history.initialValue', { label: c.label, to: c.to }) : t('history.fieldChange', { label: c.label, from: c.from, to: c.to })}
      </Typography.Text>
    </li>
  ));
  const list = <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>{lines}</ul>;
  if (!isCreate) return list;
  return (
    <details>
      <summary>
        <Typography.Text type="secondary">{t('history.initialValues', { count: changes.length })}</Typography.Text>
      </summary>
      {list}
    </details>
  );
};

/** The record's steps, oldest first, from the history endpoint: the audit trail, field by field. */
export const RecordHistory = ({ register, id, version }: RecordHistoryProps) => {
  const t = useTranslate();
  const locale = useLocale();
  const url = `${register.pluralName}/${encodeURIComponent(String(id))}/history`;
  const { query, result } = useCustom({
    url,
    method: 'get',
    queryOptions: { queryKey: ['record-history', url, version] },
  });
  const data: unknown = result.data;
  const entries = Array.isArray(data) ? data.filter(isHistoryEntry) : [];
  return (
    <Card title={t('history.title')} size="small" style={{ marginTop: 16 }}>
      {query.isLoading ? (
        <Spin />
      ) : entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />
      ) : (
        <Timeline
          items={entries.map((entry, index) => {
            const line = describeHistoryEntry(register, entry, locale, t);
            return {
              key: `${entry.at}-${index}`,
              ...MARKS[line.kind],
              children: (
                <>
                  <Typography.Text strong type={line.kind === 'escalation' ? 'danger' : line.kind === 'warning' ? 'warning' : undefined}>
                    {line.title}
                  </Typography.Text>
                  {line.transition && <Typography.Text type="secondary"> {line.transition}</Typography.Text>}
                  <div>
                    <Typography.Text type="secondary">{line.meta}</Typography.Text>
                  </div>
                  <FieldChanges changes={line.changes} isCreate={entry.action === 'create'} />
                  {line.note && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{line.note}</Typography.Paragraph>}
                </>
              ),
            };
          })}
        />
      )}
    </Card>
  );
};
