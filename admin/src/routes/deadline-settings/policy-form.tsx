import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import {
  CONDITION_OPERATOR_LABELS,
  CONDITION_OPERATORS,
  conditionFields,
  DEADLINE_UNIT_LABELS,
  DEADLINE_UNITS,
  DEFAULT_ESCALATION_TARGETS,
  NOTIFY_TARGET_LABELS,
  NOTIFY_TARGETS,
  POLICY_FIELD_LABELS,
  START_ON_CREATED,
  type DeadlinePolicyInput,
  type RegisterDescription,
} from '@wuyedesk/contracts';
import { Button, Col, Form, Input, InputNumber, Row, Select, Space, Switch, type FormInstance } from 'antd';
import { useState } from 'react';
import { useLocale } from '../../providers/use-locale';

/**
 * One deadline policy, edited with the register's own vocabulary: its enum fields for
 * conditions, its workflow actions for "starts at", its states for pauses and stops.
 */
export const PolicyForm = ({
  form,
  registers,
  initialValues,
  onFinish,
}: {
  form: FormInstance<DeadlinePolicyInput>;
  registers: readonly RegisterDescription[];
  initialValues: DeadlinePolicyInput;
  onFinish: (values: DeadlinePolicyInput) => void;
}) => {
  const t = useTranslate();
  const locale = useLocale();
  const label = (name: keyof DeadlinePolicyInput) => POLICY_FIELD_LABELS[name][locale];
  const registerKey = Form.useWatch('register', form) ?? initialValues.register;
  const register = registers.find((r) => r.key === registerKey);
  const testable = register ? conditionFields(register) : [];
  const states = register?.workflow?.states.map((s) => ({ value: s.value, label: s.label[locale] })) ?? [];
  const startOptions = [
    { value: START_ON_CREATED, label: t('deadlineSettings.startCreated') },
    ...(register?.workflow?.actions.map((a) => ({ value: a.name, label: a.label[locale] })) ?? []),
  ];
  const datetimeFields =
    register?.fields.filter((f) => f.type === 'datetime').map((f) => ({ value: f.name, label: f.label[locale] })) ?? [];

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} requiredMark="optional">
      <Row gutter={12}>
        <Col xs={24} md={14}>
          <Form.Item name="name" label={label('name')} required>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="register" label={label('register')} required>
            <Select
              options={registers.filter((r) => r.workflow).map((r) => ({ value: r.key, label: r.label[locale] }))}
              onChange={() =>
                form.setFieldsValue({
                  conditions: [],
                  pauseStates: [],
                  stopStates: [],
                  startOn: START_ON_CREATED,
                  agreedField: null,
                  stopWhenField: null,
                })
              }
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Form.Item name="clock" label={label('clock')} tooltip={t('deadlineSettings.clockHelp')} required>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="startOn" label={label('startOn')} required>
            <Select options={startOptions} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="amount" label={label('amount')} required>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="unit" label={label('unit')} required>
            <Select options={DEADLINE_UNITS.map((value) => ({ value, label: DEADLINE_UNIT_LABELS[value][locale] }))} />
          </Form.Item>
        </Col>
      </Row>

      <Form.Item label={label('conditions')} extra={t('deadlineSettings.conditionsHelp')}>
        <Form.List name="conditions">
          {(items, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {items.map((item) => (
                <ConditionRow
                  key={item.key}
                  name={item.name}
                  form={form}
                  fields={testable}
                  onRemove={() => remove(item.name)}
                />
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={!testable.length}
                onClick={() => add({ field: testable[0]?.name, operator: 'eq', value: undefined })}
              >
                {t('deadlineSettings.addCondition')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>

      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="pauseStates" label={label('pauseStates')}>
            <Select mode="multiple" options={states} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="stopStates" label={label('stopStates')}>
            <Select mode="multiple" options={states} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="agreedField" label={label('agreedField')} tooltip={t('deadlineSettings.agreedHelp')}>
            <Select allowClear options={datetimeFields} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="stopWhenField" label={label('stopWhenField')}>
            <Select allowClear options={datetimeFields} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="warnBeforeMinutes" label={label('warnBeforeMinutes')}>
            <InputNumber min={1} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          {/* Empty means the assignee, as the deadline engine reads it. */}
          <Form.Item name="warnNotify" label={label('warnNotify')}>
            <NotifyInput placeholder={NOTIFY_TARGET_LABELS.assignee?.[locale]} ariaLabel={label('warnNotify')} />
          </Form.Item>
        </Col>
      </Row>

      <Form.Item label={label('escalation')}>
        <Form.List name="escalation">
          {(items, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {items.map((item) => (
                <Space key={item.key} align="baseline" wrap>
                  <Form.Item name={[item.name, 'level']} style={{ marginBottom: 0 }}>
                    <InputNumber min={1} addonBefore={t('deadlineSettings.level')} style={{ width: 130 }} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'afterMinutes']} style={{ marginBottom: 0 }}>
                    <InputNumber
                      min={0}
                      addonBefore={t('deadlineSettings.after')}
                      addonAfter={t('deadlineSettings.minutes')}
                      style={{ width: 220 }}
                    />
                  </Form.Item>
                  <Form.Item name={[item.name, 'notify']} style={{ marginBottom: 0 }}>
                    <NotifyInput />
                  </Form.Item>
                  <MinusCircleOutlined aria-label={t('deadlineSettings.remove')} onClick={() => remove(item.name)} />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() =>
                  add({
                    level: items.length + 1,
                    afterMinutes: items.length ? 120 : 0,
                    notify: items.length ? DEFAULT_ESCALATION_TARGETS.next : DEFAULT_ESCALATION_TARGETS.first,
                  })
                }
              >
                {t('deadlineSettings.addStep')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>

      <Space size="large" wrap>
        {(['manual', 'urgent', 'setsRecordDueAt', 'active'] as const).map((name) => (
          <Form.Item key={name} name={name} label={label(name)} valuePropName="checked" style={{ marginBottom: 0 }}>
            <Switch />
          </Form.Item>
        ))}
      </Space>
    </Form>
  );
};

/** field · operator · value(s), the values from the field's own options. */
const ConditionRow = ({
  name,
  form,
  fields,
  onRemove,
}: {
  name: number;
  form: FormInstance<DeadlinePolicyInput>;
  fields: RegisterDescription['fields'];
  onRemove: () => void;
}) => {
  const t = useTranslate();
  const locale = useLocale();
  const fieldName = Form.useWatch(['conditions', name, 'field'], form);
  const operator = Form.useWatch(['conditions', name, 'operator'], form);
  const field = fields.find((f) => f.name === fieldName);
  const values: Array<{ value: string | boolean; label: string }> =
    field?.type === 'boolean'
      ? [
          { value: true, label: t('values.yes') },
          { value: false, label: t('values.no') },
        ]
      : (field?.options ?? []).map((o) => ({ value: o.value, label: o.label[locale] }));
  return (
    <Space align="baseline" wrap>
      <Form.Item name={[name, 'field']} style={{ marginBottom: 0 }}>
        <Select
          style={{ width: 160 }}
          aria-label={t('deadlineSettings.conditionField')}
          options={fields.map((f) => ({ value: f.name, label: f.label[locale] }))}
          onChange={() => form.setFieldValue(['conditions', name, 'value'], undefined)}
        />
      </Form.Item>
      <Form.Item name={[name, 'operator']} style={{ marginBottom: 0 }}>
        <Select
          style={{ width: 110 }}
          aria-label={t('deadlineSettings.conditionOperator')}
          options={CONDITION_OPERATORS.map((value) => ({ value, label: CONDITION_OPERATOR_LABELS[value][locale] }))}
          onChange={() => form.setFieldValue(['conditions', name, 'value'], undefined)}
        />
      </Form.Item>
      <Form.Item name={[name, 'value']} style={{ marginBottom: 0 }}>
        <Select
          style={{ width: 220 }}
          aria-label={t('deadlineSettings.conditionValue')}
          mode={operator === 'in' ? 'multiple' : undefined}
          options={values}
        />
      </Form.Item>
      <MinusCircleOutlined aria-label={t('deadlineSettings.remove')} onClick={onRemove} />
    </Space>
  );
};

const MAIL = 'mail';

/** Whom a step notifies: a role of the office, or — chosen as 指定邮箱 — a mail address typed in. */
const NotifyInput = ({
  value,
  onChange,
  placeholder,
  ariaLabel,
  ...aria
}: {
  value?: string | null;
  onChange?: (value: string) => void;
  /** Shown when nobody is chosen; such a select can be cleared back to it. */
  placeholder?: string;
  ariaLabel?: string;
  /** Form.Item's id and aria-describedby/aria-invalid: the error message belongs to the select. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
}) => {
  const t = useTranslate();
  const locale = useLocale();
  const isRole = NOTIFY_TARGETS.includes(value ?? '');
  const clearable = placeholder !== undefined;
  const [typing, setTyping] = useState(!isRole && Boolean(value));
  const kind = isRole ? value : typing ? MAIL : undefined;
  return (
    <Space.Compact>
      <Select
        {...aria}
        style={{ width: 170 }}
        aria-label={ariaLabel ?? t('deadlineSettings.notify')}
        value={kind}
        placeholder={placeholder}
        allowClear={clearable}
        onClear={() => {
          setTyping(false);
          onChange?.('');
        }}
        options={[
          ...NOTIFY_TARGETS.map((target) => ({ value: target, label: NOTIFY_TARGET_LABELS[target]?.[locale] ?? target })),
          { value: MAIL, label: t('deadlineSettings.notifyMail') },
        ]}
        onChange={(next: string) => {
          setTyping(next === MAIL);
          onChange?.(next === MAIL ? '' : next);
        }}
      />
      {kind === MAIL && (
        <Input
          style={{ width: 200 }}
          aria-label={t('deadlineSettings.notifyMail')}
          placeholder="name@example.com"
          value={value ?? ''}
          onChange={(event) => onChange?.(event.target.value.trim())}
        />
      )}
    </Space.Compact>
  );
};
