import { useTranslate, type BaseRecord } from '@refinedev/core';
import type { FieldDescription, RegisterDescription } from '@wuyedesk/contracts';
import { Tag, Typography } from 'antd';
import { isOpenRecord } from '../../registers/deadline';
import { enumLabel, formatMoney, isBlankValue } from '../../registers/format';
import { relationTarget, relationTitle } from '../../registers/relation-target';
import { formatDate, formatDateTime } from '../../registers/time';
import { useRegisters } from '../../providers/session-context';
import { useLocale } from '../../providers/use-locale';
import { DueAt } from '../due-at';
import { StatusTag } from '../status-tag';
import { GroupValue } from './group-value';
import { MediaValue } from './media-value';

interface FieldValueProps {
  register: RegisterDescription;
  field: FieldDescription;
  value: unknown;
  /** Long text in full (show page) instead of one clipped line (tables). */
  full?: boolean;
  /** The whole record: an open record's dueAt gets its time left. */
  record?: BaseRecord;
}

/** dueAt of a record still being handled (not resolved, not closed). */
const isRunningDeadline = (register: RegisterDescription, field: FieldDescription, record: BaseRecord | undefined): record is BaseRecord =>
  field.name === 'dueAt' && !!record && !!register.workflow && isOpenRecord(register, record[register.workflow.field]);

/** One value of a record as staff read it: labels for codes, office time, names for links. */
export const FieldValue = ({ register, field, value, full = false, record }: FieldValueProps) => {
  const t = useTranslate();
  const locale = useLocale();
  const registers = useRegisters();
  if (isBlankValue(value)) return <Typography.Text type="secondary">{t('values.empty')}</Typography.Text>;
  if (field.name === register.workflow?.field) return <StatusTag register={register} status={String(value)} />;
  if (isRunningDeadline(register, field, record)) {
    const start = register.numberDateField ? record[register.numberDateField] : null;
    return <DueAt dueAt={String(value)} startAt={typeof start === 'string' ? start : null} />;
  }

  switch (field.type) {
    case 'enum':
      return Array.isArray(value) ? (
        <>{value.map((v) => <Tag key={String(v)}>{enumLabel(field, String(v), locale)}</Tag>)}</>
      ) : (
        <Tag>{enumLabel(field, String(value), locale)}</Tag>
      );
    case 'group':
      return <GroupValue register={register} field={field} value={value} />;
    case 'datetime':
      return <>{formatDateTime(String(value))}</>;
    case 'date':
      return <>{formatDate(String(value))}</>;
    case 'boolean':
      return <>{t(value ? 'values.yes' : 'values.no')}</>;
    case 'money':
      return <>{typeof value === 'number' ? formatMoney(value, locale) : String(value)}</>;
    case 'relation': {
      const target = relationTarget(field, registers);
      const items = Array.isArray(value) ? value : [value];
      return <>{items.map((item) => relationTitle(target, item) ?? '').join(t('list.listSeparator'))}</>;
    }
    case 'media':
      return <MediaValue value={value} />;
    case 'json':
      return <pre style={{ margin: 0 }}>{JSON.stringify(value, null, 2)}</pre>;
    case 'text':
      return full ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{String(value)}</Typography.Paragraph>
      ) : (
        <Typography.Text ellipsis={{ tooltip: String(value) }} style={{ maxWidth: 240 }}>
          {String(value)}
        </Typography.Text>
      );
    default:
      return <>{String(value)}</>;
  }
};
