import { useNavigation, useTranslate } from '@refinedev/core';
import { Alert, Space, Typography } from 'antd';
import { useLocale } from '../../../providers/use-locale';
import { printPath } from '../../print/paper-forms';
import type { SavedIntake } from '../use-intake-save';

/**
 * The new record's number, big, the moment it exists: staff read it out to the caller. It
 * stays until the next record is started.
 */
export const SavedBanner = ({ saved }: { saved: SavedIntake }) => {
  const t = useTranslate();
  const locale = useLocale();
  const { showUrl } = useNavigation();
  const { register, id, number } = saved;
  return (
    <Alert
      type={saved.dispatchError ? 'warning' : 'success'}
      showIcon
      style={{ marginBottom: 16 }}
      message={t('intake.saved', { register: register.label[locale] })}
      description={
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          <Typography.Text
            copyable={{ text: number }}
            strong
            data-testid="saved-number"
            style={{ fontSize: 32, lineHeight: 1.3, letterSpacing: 1, fontVariantNumeric: 'tabular-nums' }}
          >
            {number}
          </Typography.Text>
          {saved.isDispatched && <Typography.Text>{t('intake.dispatched')}</Typography.Text>}
          {saved.dispatchError && <Typography.Text type="warning">{saved.dispatchError}</Typography.Text>}
          <Space wrap>
            <Typography.Link href={showUrl(register.pluralName, id)} target="_blank" rel="noopener">
              {t('intake.open')}
            </Typography.Link>
            <Typography.Link href={printPath(register.pluralName, id)} target="_blank" rel="noopener">
              {t('intake.print')}
            </Typography.Link>
          </Space>
        </Space>
      }
    />
  );
};
