import { useTranslate } from '@refinedev/core';
import { Button, Col, Form, Input, Row, Space, Typography, type FormInstance, type InputRef } from 'antd';
import type { KeyboardEvent, RefObject } from 'react';
import { UnitPicker, type UnitSummary } from '../../../components/unit-picker';
import type { PermittedRegister } from '../../../providers/session';
import { intakeTargetOf, type IntakeTarget, type IntakeValues } from '../intake-payload';
import { DispatchFields } from './dispatch-fields';
import { EnumSelect, IntakeField } from './intake-field';
import { TypeChoice } from './type-choice';

interface IntakeFormProps {
  form: FormInstance<IntakeValues>;
  /** The registers this user may create in (either may be missing). */
  registers: Record<IntakeTarget, PermittedRegister | undefined>;
  initialValues: IntakeValues;
  phoneRef: RefObject<InputRef>;
  knownUnit?: UnitSummary;
  onUnitPick: (unit: UnitSummary | undefined) => void;
  /** Staff changed something: a new record has started. */
  onEdit: (changed: Partial<IntakeValues>, all: IntakeValues) => void;
  onSubmit: (values: IntakeValues) => void;
  /** The per-field rules refused a submit (the first refused field's name path). */
  onInvalid: (values: IntakeValues, firstField: string[]) => void;
  canDispatch: (target: IntakeTarget) => boolean;
  isSaving: boolean;
}

/**
 * Enter alone must never send a half-typed record (staff press it out of habit); Ctrl+Enter
 * (⌘+Enter) does. An IME confirming Chinese text with Enter is left alone.
 */
const keyHandler = (submit: () => void) => (event: KeyboardEvent<HTMLElement>) => {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  if (event.ctrlKey || event.metaKey) {
    event.preventDefault();
    submit();
  } else if (event.target instanceof HTMLInputElement) {
    event.preventDefault();
  }
};

/** One screen for a phone call: who, where, what, and optionally to which department. */
export const IntakeForm = (props: IntakeFormProps) => {
  const { form, registers, initialValues, phoneRef, knownUnit, onUnitPick, onEdit, onSubmit, onInvalid, canDispatch, isSaving } = props;
  const t = useTranslate();
  const type = Form.useWatch('type', form) ?? initialValues.type;
  const target = intakeTargetOf(type);
  const register = registers[target] ?? registers.complaint ?? registers['repair-order'];
  if (!register) return null;
  const kinds = registers.complaint?.fields.find((f) => f.name === 'kind')?.options ?? [];
  const departmentField = register.fields.find((f) => f.name === 'department');
  const field = (name: string, span: number, control: Parameters<typeof IntakeField>[0]['children']) => (
    <Col xs={24} md={span}>
      <IntakeField register={register} name={name}>
        {control}
      </IntakeField>
    </Col>
  );

  return (
    <div onKeyDown={keyHandler(() => !isSaving && form.submit())}>
      <Form<IntakeValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onEdit}
        onFinish={onSubmit}
        onFinishFailed={({ values, errorFields }) => onInvalid(values, (errorFields[0]?.name ?? []).map(String))}
      >
        <Row gutter={16}>
          {field('residentPhone', 8, (f) => (
            <Input ref={phoneRef} autoFocus type="tel" inputMode="tel" autoComplete="off" maxLength={f.maxLength} />
          ))}
          {field('residentName', 8, (f) => <Input autoComplete="off" maxLength={f.maxLength} />)}
          {field('channel', 8, (f, isRequired) => <EnumSelect field={f} isRequired={isRequired} />)}
          {field('unit', 12, () => <UnitPicker known={knownUnit} onPick={onUnitPick} />)}
          {field('address', 12, (f) => <Input autoComplete="off" maxLength={f.maxLength} />)}
          <Col span={24}>
            <Form.Item name="type" label={t('intake.type')} required>
              <TypeChoice kinds={registers.complaint ? kinds : []} hasRepair={!!registers['repair-order']} />
            </Form.Item>
          </Col>
          {target === 'repair-order' && field('location', 8, (f) => <Input autoComplete="off" maxLength={f.maxLength} />)}
          {field('category', target === 'repair-order' ? 8 : 12, (f, isRequired) => <EnumSelect field={f} isRequired={isRequired} />)}
          {target === 'complaint' && field('complexity', 12, (f, isRequired) => <EnumSelect field={f} isRequired={isRequired} />)}
          {target === 'repair-order' && field('urgency', 8, (f, isRequired) => <EnumSelect field={f} isRequired={isRequired} />)}
          {field('description', 24, (f) => (
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} showCount={!!f.maxLength} maxLength={f.maxLength} />
          ))}
        </Row>
        {departmentField && canDispatch(target) && <DispatchFields departmentField={departmentField} />}
        <Space wrap align="center">
          <Button type="primary" size="large" loading={isSaving} onClick={() => form.submit()} aria-keyshortcuts="Control+Enter">
            {t('intake.submit')}
          </Button>
          <Typography.Text type="secondary">{t('intake.submitHint')}</Typography.Text>
        </Space>
      </Form>
    </div>
  );
};
