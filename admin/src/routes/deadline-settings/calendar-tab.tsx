import { useCustom, useTranslate } from '@refinedev/core';
import { CALENDAR_FIELD_LABELS, validateCalendarInput, type CalendarInput } from '@wuyedesk/contracts';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Segmented, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useLocale } from '../../providers/use-locale';
import { useSaveSetting } from './use-save-setting';
import { calendarYears, CALENDAR_URL, daysOfYear, withDay } from './settings-data';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** Keeps a list in the form without an input of its own (the tags and the date picker edit it). */
const HeldValue = (_: { value?: unknown }) => null;

/** The current year on the Shanghai calendar (the office's, whatever the browser's zone). */
const shanghaiYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

/** 工作日历: per year, the public holidays and make-up working days (调休), and the weekly days off. */
export const CalendarTab = () => {
  const t = useTranslate();
  const locale = useLocale();
  const [form] = Form.useForm<CalendarInput>();
  const { save: saveSetting, saving } = useSaveSetting(form);
  const { query, result } = useCustom<CalendarInput>({
    url: CALENDAR_URL,
    method: 'get',
    queryOptions: { queryKey: ['deadline-calendar'] },
  });
  const [year, setYear] = useState(shanghaiYear());
  const loaded =
    result.data && Array.isArray((result.data as CalendarInput).holidays) ? (result.data as CalendarInput) : null;

  useEffect(() => {
    if (loaded) form.setFieldsValue(loaded);
  }, [loaded, form]);

  const holidays: string[] = Form.useWatch('holidays', form) ?? loaded?.holidays ?? [];
  const workdays: string[] = Form.useWatch('workdays', form) ?? loaded?.workdays ?? [];
  const years = calendarYears([...holidays, ...workdays], shanghaiYear());

  const save = async (values: CalendarInput) => {
    const data: CalendarInput = { ...values, notes: values.notes?.trim() ? values.notes : null };
    const problems = validateCalendarInput({ input: data, locale });
    if (await saveSetting({ url: CALENDAR_URL, method: 'put', data, problems })) await query.refetch();
  };

  const dayList = (name: 'holidays' | 'workdays', days: string[], color: string) => (
    <Card size="small" title={CALENDAR_FIELD_LABELS[name][locale]}>
      <Form.Item name={name} hidden>
        <HeldValue />
      </Form.Item>
      <Space wrap style={{ marginBottom: 12 }} aria-label={CALENDAR_FIELD_LABELS[name][locale]}>
        {daysOfYear(days, year).map((day) => (
          <Tag
            key={day}
            color={color}
            closable
            onClose={() =>
              form.setFieldValue(
                name,
                days.filter((d) => d !== day),
              )
            }
          >
            {day}
          </Tag>
        ))}
        {!daysOfYear(days, year).length && <span>{t('deadlineSettings.noDays')}</span>}
      </Space>
      <DatePicker
        aria-label={t(name === 'holidays' ? 'deadlineSettings.addHoliday' : 'deadlineSettings.addWorkday')}
        placeholder={t(name === 'holidays' ? 'deadlineSettings.addHoliday' : 'deadlineSettings.addWorkday')}
        value={null}
        defaultPickerValue={dayjs(`${year}-01-01`)}
        onChange={(value: Dayjs | null) => value && form.setFieldValue(name, withDay(days, value.format('YYYY-MM-DD')))}
      />
    </Card>
  );

  return (
    <Form form={form} layout="vertical" onFinish={save} initialValues={loaded ?? undefined}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {query.isError && <Alert type="error" showIcon message={t('session.loadFailed')} />}
        {loaded?.notes && <Alert type="warning" showIcon message={loaded.notes} />}
        <Segmented
          value={year}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(value) => setYear(Number(value))}
        />
        <Row gutter={12}>
          <Col xs={24} md={12}>
            {dayList('holidays', holidays, 'red')}
          </Col>
          <Col xs={24} md={12}>
            {dayList('workdays', workdays, 'blue')}
          </Col>
        </Row>
        <Form.Item name="weekendDays" label={CALENDAR_FIELD_LABELS.weekendDays[locale]}>
          <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: t(`deadlineSettings.weekday.${d}`) }))} />
        </Form.Item>
        <Form.Item name="notes" label={CALENDAR_FIELD_LABELS.notes[locale]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('buttons.save')}
        </Button>
      </Space>
    </Form>
  );
};
