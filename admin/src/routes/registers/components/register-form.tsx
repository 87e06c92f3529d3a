import {
  conditionFieldNames,
  isFieldShown,
  requirementReason,
  type FieldDescription,
  type RegisterDescription,
} from '@wuyedesk/contracts';
import { Col, Divider, Form, Row, type FormProps } from 'antd';
import { VisibleFormItem } from '../../../components/field-input';
import { useLocale } from '../../../providers/use-locale';

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

/**
 * The fields, shown and required by what the record is so far (复制范围 for a copy, 介绍信 for an
 * outside person): the description's showWhen/requiredWhen, watched as the person types. A form
 * type's own show-when (visibleWhen) is handled per field by VisibleFormItem.
 */
const ConditionalFields = ({
  register,
  fields,
  mode,
  initialValues,
}: Omit<RegisterFormProps, 'formProps' | 'onSubmit'>) => {
  const locale = useLocale();
  const form = Form.useFormInstance<Values>();
  const watched = conditionFieldNames(register);
  const current = Form.useWatch((all: Values) => Object.fromEntries(watched.map((name) => [name, all[name]])), form);
  const values: Values = {
    ...initialValues,
    ...Object.fromEntries(Object.entries(current ?? {}).filter(([, v]) => v !== undefined)),
  };
  const shown = fields.filter((field) => isFieldShown(register, field.name, values));
  return (
    <>
      {sectionsOf(register, shown).map((section) => (
        <div key={section.key}>
          {section.label && <Divider orientation="left">{section.label[locale]}</Divider>}
          <Row gutter={16}>
            {section.fields.map((field) => (
              <Col key={field.name} xs={24} md={WIDE.has(field.type) ? 24 : 12}>
                <VisibleFormItem
                  register={register}
                  field={field}
                  mode={mode}
                  requiredBecause={requirementReason(register, field.name, values)?.[locale]}
                />
              </Col>
            ))}
          </Row>
        </div>
      ))}
    </>
  );
};

/** The create/edit form of a register: one row per described field, long ones full width. */
export const RegisterForm = ({ register, fields, mode, formProps, initialValues, onSubmit }: RegisterFormProps) => (
  <Form<Values> {...formProps} layout="vertical" initialValues={initialValues} onFinish={onSubmit} scrollToFirstError>
    <ConditionalFields register={register} fields={fields} mode={mode} initialValues={initialValues} />
  </Form>
);
