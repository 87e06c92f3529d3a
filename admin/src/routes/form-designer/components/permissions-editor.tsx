import { useTranslate } from '@refinedev/core';
import { FORM_PERMISSIONS, ROLES, type FormDefinition } from '@wuyedesk/contracts';
import { Checkbox, Table } from 'antd';
import { useLocale } from '../../../providers/use-locale';
import { setPermission } from '../draft';

/** Which roles may fill, see and approve this form's entries. */
export const PermissionsEditor = ({ definition, onChange }: { definition: FormDefinition; onChange: (d: FormDefinition) => void }) => {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={ROLES.map((r) => ({ key: r.key, label: r.label[locale] }))}
      columns={[
        { title: t('forms.role'), dataIndex: 'label' },
        ...FORM_PERMISSIONS.map((permission) => ({
          title: t(`forms.${permission}`),
          key: permission,
          render: (_: unknown, row: { key: (typeof ROLES)[number]['key']; label: string }) => (
            <Checkbox
              aria-label={`${row.label} ${t(`forms.${permission}`)}`}
              checked={definition.permissions.some((p) => p.role === row.key && p.can.includes(permission))}
              onChange={(e) => onChange(setPermission(definition, row.key, permission, e.target.checked))}
            />
          ),
        })),
      ]}
    />
  );
};
