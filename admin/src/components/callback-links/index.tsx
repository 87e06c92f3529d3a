import { useList, useLink, useNavigation, useTranslate, type BaseRecord } from '@refinedev/core';
import { Card, Descriptions, Space, Tag } from 'antd';
import { StatusTag } from '../status-tag';
import type { PermittedRegister } from '../../providers/session';
import { useRegisters } from '../../providers/session-context';
import { useLocale } from '../../providers/use-locale';

interface Linked {
  documentId?: string;
  number?: string;
}

const linked = (value: unknown): Linked | null =>
  value && typeof value === 'object' && typeof (value as Linked).documentId === 'string' ? (value as Linked) : null;

/**
 * The links 回访 makes between records, both ways: a record's callbacks (and the complaint a
 * dissatisfied one reopened as); a callback's record; a reopened complaint's first complaint and callback.
 */
export const CallbackLinks = ({ register, record }: { register: PermittedRegister; record: BaseRecord }) => {
  const t = useTranslate();
  const Link = useLink();
  const { showUrl } = useNavigation();
  const locale = useLocale();
  const registers = useRegisters();
  const callbacks = registers.find((r) => r.key === 'callback' && r.permissions.includes('read'));
  const isCallback = register.key === 'callback';
  const { result } = useList<BaseRecord>({
    resource: 'callbacks',
    filters: [{ field: 'sourceId', operator: 'eq', value: String(record.id) }],
    sorters: [{ field: 'id', order: 'asc' }],
    meta: { populate: ['followUp'] },
    queryOptions: { enabled: !!callbacks && !isCallback && record.id !== undefined },
  });
  const linkTo = (plural: string, item: Linked | null) =>
    item?.documentId ? <Link to={showUrl(plural, item.documentId)}>{item.number ?? item.documentId}</Link> : null;

  const items: Array<{ key: string; label: string; children: React.ReactNode }> = [];
  if (isCallback) {
    const source = registers.find((r) => r.key === record.sourceRegister);
    const sourceLink = source
      ? linkTo(source.pluralName, { documentId: String(record.sourceId), number: String(record.sourceNumber) })
      : String(record.sourceNumber ?? '');
    items.push({
      key: 'source',
      label: t('callbacks.sourceRecord'),
      children: (
        <Space>
          {sourceLink}
          {source && <Tag>{source.label[locale]}</Tag>}
        </Space>
      ),
    });
    const followUp = linked(record.followUp);
    if (followUp)
      items.push({ key: 'followUp', label: t('callbacks.followUp'), children: linkTo('complaints', followUp) });
  } else {
    const reopenedFrom = linked(record.reopenedFrom);
    if (reopenedFrom)
      items.push({
        key: 'reopenedFrom',
        label: t('callbacks.reopenedFrom'),
        children: linkTo('complaints', reopenedFrom),
      });
    const fromCallback = linked(record.fromCallback);
    if (fromCallback && callbacks)
      items.push({
        key: 'fromCallback',
        label: t('callbacks.fromCallback'),
        children: linkTo('callbacks', fromCallback),
      });
    for (const callback of result.data ?? []) {
      const followUp = linked(callback.followUp);
      items.push({
        key: String(callback.id),
        label: t('callbacks.related'),
        children: (
          <Space wrap>
            {linkTo('callbacks', { documentId: String(callback.id), number: String(callback.number) })}
            {callbacks && <StatusTag register={callbacks} status={String(callback.status)} />}
            {followUp && (
              <span>
                {t('callbacks.followUp')} {linkTo('complaints', followUp)}
              </span>
            )}
          </Space>
        ),
      });
    }
  }
  if (!items.length) return null;
  return (
    <Card size="small" title={t('callbacks.related')} style={{ marginTop: 16 }}>
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
};
