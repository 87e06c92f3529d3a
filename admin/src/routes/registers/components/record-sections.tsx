import { useTranslate, type BaseRecord } from '@refinedev/core';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { Descriptions } from 'antd';
import { FieldValue } from '../../../components/field-value';
import { groupFields, type FieldGroup } from '../../../registers/form-fields';
import { useLocale } from '../../../providers/use-locale';

const GROUPS: FieldGroup[] = ['details', 'handling', 'system'];
const WIDE = new Set(['text', 'media', 'json']);

/** Every field of a record, in the description's order, grouped by who writes it. */
export const RecordSections = ({ register, record }: { register: RegisterDescription; record: BaseRecord }) => {
  const t = useTranslate();
  const locale = useLocale();
  const groups = groupFields(register);
  return (
    <>
      {GROUPS.filter((g) => groups[g].length > 0).map((group) => (
        <Descriptions
          key={group}
          title={t(`show.${group}`)}
          bordered
          size="small"
          column={{ xs: 1, md: 2, lg: 2, xl: 3 }}
          style={{ marginBottom: 16 }}
          items={groups[group].map((field) => ({
            key: field.name,
            label: field.label[locale],
            span: WIDE.has(field.type) ? 'filled' : 1,
            children: <FieldValue register={register} field={field} value={record[field.name]} record={record} full />,
          }))}
        />
      ))}
    </>
  );
};
