import { useTranslate } from '@refinedev/core';
import { Button, Card, List } from 'antd';
import { unitLabel, type UnitSummary } from '../../../components/unit-picker';

interface PhoneUnitsProps {
  units: readonly UnitSummary[];
  onUse: (unit: UnitSummary) => void;
}

/** Several units share the caller's phone: staff choose which one the call is about. */
export const PhoneUnits = ({ units, onUse }: PhoneUnitsProps) => {
  const t = useTranslate();
  return (
    <Card size="small" title={t('intake.units.title')} style={{ marginBottom: 16 }}>
      <List
        size="small"
        dataSource={[...units]}
        rowKey="id"
        renderItem={(unit) => (
          <List.Item
            style={{ paddingInline: 0 }}
            actions={[
              <Button key="use" size="small" onClick={() => onUse(unit)}>
                {t('intake.units.use')}
              </Button>,
            ]}
          >
            {unitLabel(unit)}
          </List.Item>
        )}
      />
    </Card>
  );
};
