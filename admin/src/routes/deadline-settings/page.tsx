import { useTranslate } from '@refinedev/core';
import { Space, Tabs, Typography } from 'antd';
import { CalendarTab } from './calendar-tab';
import { PoliciesTab } from './policies-tab';
import { QuietHoursTab } from './quiet-hours-tab';

/** 时限设置 (administrator): the deadline policies, the working calendar and quiet hours. */
export const DeadlineSettingsPage = () => {
  const t = useTranslate();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('deadlineSettings.title')}
      </Typography.Title>
      <Tabs
        destroyInactiveTabPane
        items={[
          { key: 'policies', label: t('deadlineSettings.policies'), children: <PoliciesTab /> },
          { key: 'calendar', label: t('deadlineSettings.calendar'), children: <CalendarTab /> },
          { key: 'quiet', label: t('deadlineSettings.quietHours'), children: <QuietHoursTab /> },
        ]}
      />
    </Space>
  );
};
