import { useCustom, useCustomMutation, useTranslate } from '@refinedev/core';
import { App, Button, Card, Form, Select, Switch } from 'antd';
import { useEffect } from 'react';

interface Settings {
  enabled: boolean;
  recipients: string[];
}

/** 月度报表: the administrator decides whether last month's workbook is mailed, and to whom. */
export const MonthlyReportSettings = () => {
  const t = useTranslate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Settings>();
  const { result } = useCustom({ url: 'statistics/monthly-report', method: 'get', queryOptions: { queryKey: ['monthly-report'] } });
  const { mutate, mutation } = useCustomMutation();
  const data = result.data as Partial<Settings> | undefined;
  const saved = data && Array.isArray(data.recipients) ? (data as Settings) : undefined;
  useEffect(() => {
    if (saved) form.setFieldsValue(saved);
  }, [saved, form]);
  return (
    <Card size="small" title={t('dashboard.report.title')}>
      <Form
        form={form}
        layout="inline"
        onFinish={(values) =>
          mutate(
            { url: 'statistics/monthly-report', method: 'put', values: { data: values } },
            { onSuccess: () => message.success(t('dashboard.report.saved')) },
          )
        }
      >
        <Form.Item name="enabled" label={t('dashboard.report.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="recipients" label={t('dashboard.report.recipients')} style={{ minWidth: 360 }}>
          <Select mode="tags" tokenSeparators={[',', ' ', '，']} placeholder="director@example.com" open={false} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {t('dashboard.report.save')}
        </Button>
      </Form>
    </Card>
  );
};
