import type { FieldDescription, RegisterDescription } from '@wuyedesk/contracts';
import { Col, Divider, Form, Row, type FormProps } from 'antd';
import { useLocale } from '../../../providers/use-locale';
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

/** Form types group their fields in the designer's sections; other registers have one group. */
const sectionsOf = (register: RegisterDescription, fields: FieldDescription[]) =>
  register.sections?.length
    ? [
        ...register.sections.map((s) => ({ key: s.key, label: s.label, fields: fields.filter((f) => f.section === s.key) })),
        { key: '', label: undefined, fields: fields.filter((f) => !register.sections?.some((s) => s.key === f.section)) },
      ].filter((s) => s.fields.length > 0)
    : [{ key: '', label: undefined, fields }];

/** The create/edit form of a register: one row per described field, long ones full width. */
export const RegisterForm = ({ register, fields, mode, formProps, initialValues, onSubmit }: RegisterFormProps) => {
  const locale = useLocale();
  return (
    <Form<Values> {...formProps} layout="vertical" initialValues={initialValues} onFinish={onSubmit} scrollToFirstError>
      {sectionsOf(register, fields).map((section) => (
        <div key={section.key}>
          {section.label && <Divider orientation="left">{section.label[locale]}</Divider>}
          <Row gutter={16}>
            {section.fields.map((field) => (
              <Col key={field.name} xs={24} md={WIDE.has(field.type) ? 24 : 12}>
                <VisibleFormItem register={register} field={field} mode={mode} />
              </Col>
            ))}
          </Row>
        </div>
      ))}
    </Form>
  );
};
