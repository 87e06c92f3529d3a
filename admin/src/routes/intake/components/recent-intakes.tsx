import { useNavigation, useTranslate } from '@refinedev/core';
import { Card, List, Typography } from 'antd';
import { useLocale } from '../../../providers/use-locale';
import type { SavedIntake } from '../use-intake-save';

/** Numbers recorded at this desk since the page opened, in case a caller asks again. */
export const RecentIntakes = ({ saved }: { saved: readonly SavedIntake[] }) => {
  const t = useTranslate();
  const locale = useLocale();
  const { showUrl } = useNavigation();
  if (saved.length === 0) return null;
  return (
    <Card size="small" title={t('intake.recent.title')}>
      <List
        size="small"
        dataSource={[...saved]}
        rowKey="id"
        renderItem={(item) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Typography.Link href={showUrl(item.register.pluralName, item.id)} target="_blank" rel="noopener">
              {item.number}
            </Typography.Link>
            <Typography.Text type="secondary">{item.register.label[locale]}</Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
};
