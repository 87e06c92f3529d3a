import { useCustom, useCustomMutation, useTranslate, type HttpError } from '@refinedev/core';
import { QUIET_HOURS_LABELS, validateQuietHours, type QuietHoursInput } from '@wuyedesk/contracts';
import { Alert, App, Button, Form, Space, Switch, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useLocale } from '../../providers/use-locale';
import { fieldsFromHttpError, fieldsFromProblems, QUIET_HOURS_URL } from './settings-data';

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
  const { notification } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { query, result } = useCustom({
    url: QUIET_HOURS_URL,
    method: 'get',
    queryOptions: { queryKey: ['quiet-hours'] },
  });
  const { mutateAsync, mutation } = useCustomMutation<
    Record<string, unknown>,
    HttpError,
    { data: QuietHoursInput | null }
  >();
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
    if (data) {
      const problems = validateQuietHours({ input: data, locale });
      if (problems.length) return form.setFields(fieldsFromProblems(problems));
    }
    try {
      await mutateAsync({
        url: QUIET_HOURS_URL,
        method: 'put',
        values: { data },
        successNotification: { type: 'success', message: t('deadlineSettings.saved') },
        errorNotification: false,
      });
      await query.refetch();
    } catch (caught) {
      const error = caught as HttpError;
      const fields = fieldsFromHttpError(error);
      if (fields.length) form.setFields(fields);
      else notification.error({ message: t('deadlineSettings.saveFailed', { message: error.message }) });
    }
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
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {t('buttons.save')}
        </Button>
      </Form.Item>
    </Form>
  );
};
