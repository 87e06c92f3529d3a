import { useLink, useNavigation, type BaseRecord } from '@refinedev/core';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { Card, Descriptions, List } from 'antd';
import { useMemo } from 'react';
import { fieldsByName } from '../../registers/form-fields';
import { useLocale } from '../../providers/use-locale';
import { FieldValue } from '../field-value';
import { StatusTag } from '../status-tag';

interface RecordCardsProps {
  register: RegisterDescription;
  records: readonly BaseRecord[];
  isLoading: boolean;
  total: number;
  currentPage: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/**
 * A register's rows as cards, for phones (390 px) where a ten-column table only scrolls:
 * the number and state on top, the other list columns below, the whole card opens the record.
 */
export const RecordCards = ({ register, records, isLoading, total, currentPage, pageSize, onPage }: RecordCardsProps) => {
  const locale = useLocale();
  const Link = useLink();
  const { showUrl } = useNavigation();
  const statusField = register.workflow?.field;
  const fields = useMemo(
    () => fieldsByName(register, register.listFields).filter((f) => f.name !== register.titleField && f.name !== statusField),
    [register, statusField],
  );
  return (
    <List<BaseRecord>
      dataSource={[...records]}
      loading={isLoading}
      rowKey={(record) => String(record.id)}
      pagination={{ current: currentPage, pageSize, total, onChange: onPage, size: 'small', showSizeChanger: false, align: 'center' }}
      renderItem={(record) => (
        <List.Item style={{ display: 'block', padding: 0, border: 'none', marginBottom: 12 }}>
          <Link to={showUrl(register.pluralName, String(record.id))} style={{ display: 'block', color: 'inherit' }}>
            <Card
              size="small"
              hoverable
              title={String(record[register.titleField] ?? record.id)}
              extra={statusField ? <StatusTag register={register} status={String(record[statusField])} /> : null}
            >
              <Descriptions
                size="small"
                layout="vertical"
                colon={false}
                column={2}
                items={fields.map((field) => ({
                  key: field.name,
                  label: field.label[locale],
                  children: <FieldValue register={register} field={field} value={record[field.name]} record={record} />,
                }))}
              />
            </Card>
          </Link>
        </List.Item>
      )}
    />
  );
};
