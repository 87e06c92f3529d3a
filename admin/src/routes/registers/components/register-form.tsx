import type { FieldDescription, RegisterDescription } from '@wuyedesk/contracts';
import { Col, Form, Row, type FormProps } from 'antd';
import { VisibleFormItem } from '../../../components/field-input';

type Values = Record<string, unknown>;

interface RegisterFormProps {
  register: RegisterDescription;
  fields: FieldDescription[];
  mode: 'create' | 'update';
  formProps: FormProps<Values>;
  initialValues: Values;
  onSubmit: (values: Values) => void;
}

const WIDE: ReadonlySet<FieldDescription['type']> = new Set(['text', 'media', 'json', 'group']);

/** The create/edit form of a register: one row per described field, long ones full width. */
export const RegisterForm = ({ register, fields, mode, formProps, initialValues, onSubmit }: RegisterFormProps) => (
  <Form<Values> {...formProps} layout="vertical" initialValues={initialValues} onFinish={onSubmit} scrollToFirstError>
    <Row gutter={16}>
      {fields.map((field) => (
        <Col key={field.name} xs={24} md={WIDE.has(field.type) ? 24 : 12}>
          <VisibleFormItem register={register} field={field} mode={mode} />
        </Col>
      ))}
    </Row>
  </Form>
);
