import { useTranslate, type BaseRecord } from '@refinedev/core';
import type { CountSubject } from '@wuyedesk/contracts';
import { Card, Table, Tag } from 'antd';

interface CountedItem {
  documentId: string;
  expected: boolean;
  found: boolean;
  fields: Record<string, unknown>;
}

const isCountedItem = (value: unknown): value is CountedItem =>
  !!value && typeof value === 'object' && 'documentId' in value && 'found' in value && 'fields' in value;

/** A finished count as it was kept: every item expected, found or flagged missing (red, first). */
export const CountResult = ({ subject, record }: { subject: CountSubject; record: BaseRecord }) => {
  const t = useTranslate();
  const items = (Array.isArray(record.expectedItems) ? record.expectedItems : []).filter(isCountedItem);
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => Number(a.found) - Number(b.found));
  const flag = (item: CountedItem) => {
    if (!item.found) return <Tag color="error">{t('counts.missing')}</Tag>;
    if (!item.expected) return <Tag color="warning">{t('counts.unexpected')}</Tag>;
    return <Tag color="success">{t('counts.present')}</Tag>;
  };
  return (
    <Card size="small" title={t('counts.resultTitle')} style={{ marginBottom: 16 }}>
      <Table<CountedItem>
        size="small"
        rowKey="documentId"
        dataSource={sorted}
        pagination={false}
        columns={[
          ...subject.itemFields.map((name) => ({
            key: name,
            title: t(`counts.item.${name}`),
            render: (_: unknown, item: CountedItem) => String(item.fields[name] ?? ''),
          })),
          { key: 'result', title: t('counts.result'), render: (_: unknown, item: CountedItem) => flag(item) },
        ]}
      />
    </Card>
  );
};
