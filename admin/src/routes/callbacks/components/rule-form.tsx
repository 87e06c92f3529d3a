import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useCustomMutation, useTranslate, type HttpError } from '@refinedev/core';
import { CALLBACK_METHOD_OPTIONS, CALLER_ROLE_OPTIONS, type CallbackRule } from '@wuyedesk/contracts';
import { App, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import { useMemo } from 'react';
import { useRegisters } from '../../../providers/session-context';
import { useLocale } from '../../../providers/use-locale';
import { fromRuleForm, toRuleForm, type RuleFormValues } from '../callback-data';

const OPERATORS = ['eq', 'ne', 'in'] as const;

/** Creates or edits one rule; the server checks it again and its field errors land on the fields. */
export const RuleForm = ({
  rule,
  onClose,
  onSaved,
}: {
  rule: CallbackRule | null;
  onClose: () => void;
  onSaved: () => void;
}) => {
  const t = useTranslate();
  const locale = useLocale();
  const { notification } = App.useApp();
  const registers = useRegisters();
  const [form] = Form.useForm<RuleFormValues>();
  const initialValues = useMemo(() => toRuleForm(rule), [rule]);
  const registerKey = Form.useWatch('register', form) ?? initialValues.register;
  const register = registers.find((r) => r.key === registerKey);
  const { mutateAsync, mutation } = useCustomMutation();

  const save = async (values: RuleFormValues) => {
    try {
      await mutateAsync({
        url: rule ? `callback-rules/${rule.id}` : 'callback-rules',
        method: rule ? 'put' : 'post',
        values: { data: fromRuleForm(values) },
        successNotification: { type: 'success', message: t('callbackRules.saved') },
        errorNotification: false,
      });
      onSaved();
    } catch (caught) {
      const error = caught as HttpError;
      const fields = Object.entries(error.errors ?? {}).map(([name, messages]) => ({
        name,
        errors: Array.isArray(messages) ? messages.map(String) : [String(messages)],
      }));
      if (fields.length) form.setFields(fields as never);
      else notification.error({ message: t('callbackRules.failed', { message: error.message }) });
    }
  };

  return (
    <Modal
      open
      width={720}
      title={rule ? rule.name : t('callbackRules.create')}
      okText={t('workflow.submit')}
      cancelText={t('buttons.cancel')}
      okButtonProps={{ loading: mutation.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<RuleFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={save}>
        <Form.Item name="name" label={t('callbackRules.name')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="register" label={t('callbackRules.register')} rules={[{ required: true }]}>
            <Select
              style={{ width: 200 }}
              options={registers
                .filter((r) => r.workflow && r.key !== 'callback')
                .map((r) => ({ value: r.key, label: r.label[locale] }))}
            />
          </Form.Item>
          <Form.Item name="trigger" label={t('callbackRules.trigger')} rules={[{ required: true }]}>
            <Select
              style={{ width: 160 }}
              options={(register?.workflow?.actions ?? []).map((a) => ({ value: a.name, label: a.label[locale] }))}
            />
          </Form.Item>
        </Space>
        <Form.Item label={t('callbackRules.conditions')}>
          <Form.List name="conditions">
            {(items, { add, remove }) => (
              <>
                {items.map(({ key, name }) => (
                  <Space key={key} align="baseline" wrap>
                    <Form.Item name={[name, 'field']} rules={[{ required: true }]}>
                      <Select
                        style={{ width: 160 }}
                        placeholder={t('callbackRules.field')}
                        options={(register?.fields ?? [])
                          .filter((f) => f.type === 'enum' || f.type === 'string')
                          .map((f) => ({ value: f.name, label: f.label[locale] }))}
                      />
                    </Form.Item>
                    <Form.Item name={[name, 'operator']} rules={[{ required: true }]}>
                      <Select
                        style={{ width: 110 }}
                        placeholder={t('callbackRules.operator')}
                        options={OPERATORS.map((o) => ({ value: o, label: t(`callbackRules.${o}`) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[name, 'value']} tooltip={t('callbackRules.valueHint')}>
                      <Input style={{ width: 200 }} placeholder={t('callbackRules.valueHint')} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ operator: 'eq' })}>
                  {t('callbackRules.addCondition')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Space wrap>
          <Form.Item name="windowAmount" label={t('callbackRules.window')} rules={[{ required: true }]}>
            <InputNumber min={0} max={365} precision={0} />
          </Form.Item>
          <Form.Item name="windowUnit" label={t('callbackRules.windowUnit')}>
            <Select
              style={{ width: 120 }}
              options={[
                { value: 'calendar_days', label: t('callbackRules.calendarDays') },
                { value: 'working_days', label: t('callbackRules.workingDays') },
              ]}
            />
          </Form.Item>
          <Form.Item name="rate" label={t('callbackRules.rate')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
          <Form.Item name="callerRole" label={t('callbackRules.callerRole')}>
            <Select
              style={{ width: 140 }}
              options={CALLER_ROLE_OPTIONS.map((o) => ({ value: o.value, label: o.label[locale] }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="methods" label={t('callbackRules.methods')} rules={[{ required: true }]}>
          <Checkbox.Group options={CALLBACK_METHOD_OPTIONS.map((o) => ({ value: o.value, label: o.label[locale] }))} />
        </Form.Item>
        <Form.Item name="active" label={t('callbackRules.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
};
