import { useTranslate } from '@refinedev/core';
import { formRegister, type FormDefinition } from '@wuyedesk/contracts';
import { Card, Col, Divider, Form, Row } from 'antd';
import { useMemo } from 'react';
import { VisibleFormItem } from '../../../components/field-input';

const WIDE = new Set(['text', 'media', 'group']);

/**
 * The form as staff will see it, drawn by the same field components and validation rules the
 * generic create page uses (the description comes from the same formRegister the server uses).
 */
export const FormPreview = ({ definition }: { definition: FormDefinition }) => {
  const t = useTranslate();
  const [form] = Form.useForm();
  const register = useMemo(() => formRegister({ definition, version: 0 }), [definition]);
  const fields = register.fields.filter((f) => !f.managed && f.label['zh-CN']);
  const sections = definition.sections.length ? definition.sections : [{ key: '', label: { 'zh-CN': '', en: '' } }];
  return (
    <Card size="small" title={t('forms.preview')} data-testid="form-preview">
      <Form form={form} layout="vertical">
        {sections.map((section) => {
          const inSection = fields.filter((f) => (definition.sections.length ? f.section === section.key : true));
          if (!inSection.length) return null;
          return (
            <div key={section.key}>
              {section.label['zh-CN'] && <Divider orientation="left">{section.label['zh-CN']}</Divider>}
              <Row gutter={16}>
                {inSection.map((field) => (
                  <Col key={field.name} xs={24} md={WIDE.has(field.type) ? 24 : 12}>
                    <VisibleFormItem register={register} field={field} mode="create" />
                  </Col>
                ))}
              </Row>
            </div>
          );
        })}
      </Form>
    </Card>
  );
};
