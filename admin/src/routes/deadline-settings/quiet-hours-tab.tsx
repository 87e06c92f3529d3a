import { useCustom, useTranslate } from '@refinedev/core';
import { QUIET_HOURS_LABELS, validateQuietHours, type QuietHoursInput } from '@wuyedesk/contracts';
import { Alert, Button, Form, Space, Switch, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useLocale } from '../../providers/use-locale';
import { useSaveSetting } from './use-save-setting';
import { QUIET_HOURS_URL } from './settings-data';

interface Values {
  enabled: boolean;
  start?: Dayjs | null;
  end?: Dayjs | null;
}

const asTime = (value: string | undefined) => (value ? dayjs(`2000-01-01T${value}`) : null);

/** 免打扰时段: non-urgent mail that falls in it waits for the morning digest. */
export const QuietHoursTab = () => {
  const t = useTranslate();
  const locale = useLocale();
  const [form] = Form.useForm<Values>();
  const { save: saveSetting, saving } = useSaveSetting(form);
  const { query, result } = useCustom({
    url: QUIET_HOURS_URL,
    method: 'get',
    queryOptions: { queryKey: ['quiet-hours'] },
  });
  const current = query.isSuccess ? ((result.data as unknown as QuietHoursInput | null) ?? null) : undefined;
  const enabled = Form.useWatch('enabled', form);

  useEffect(() => {
    if (current !== undefined)
      form.setFieldsValue({ enabled: current !== null, start: asTime(current?.start), end: asTime(current?.end) });
  }, [current, form]);

  const save = async (values: Values) => {
    const data = values.enabled
      ? { start: values.start?.format('HH:mm') ?? '', end: values.end?.format('HH:mm') ?? '' }
      : null;
    const problems = data ? validateQuietHours({ input: data, locale }) : [];
    if (await saveSetting({ url: QUIET_HOURS_URL, method: 'put', data, problems })) await query.refetch();
  };

  return (
    <Form form={form} layout="vertical" onFinish={save} initialValues={{ enabled: false }} style={{ maxWidth: 480 }}>
      {query.isError && <Alert type="error" showIcon message={t('session.loadFailed')} />}
      <Typography.Paragraph type="secondary">{t('deadlineSettings.quietHelp')}</Typography.Paragraph>
      <Form.Item name="enabled" label={t('deadlineSettings.quietEnabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Space>
        <Form.Item name="start" label={QUIET_HOURS_LABELS.start[locale]}>
          <TimePicker format="HH:mm" minuteStep={5} disabled={!enabled} />
        </Form.Item>
        <Form.Item name="end" label={QUIET_HOURS_LABELS.end[locale]}>
          <TimePicker format="HH:mm" minuteStep={5} disabled={!enabled} />
        </Form.Item>
      </Space>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('buttons.save')}
        </Button>
      </Form.Item>
    </Form>
  );
};
