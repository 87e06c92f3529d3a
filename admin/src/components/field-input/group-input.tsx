import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import { FIELD_MESSAGES, formatMessage, type FieldDescription } from '@wuyedesk/contracts';
import { Button, Card, Col, Form, Row } from 'antd';
import { useLocale } from '../../providers/use-locale';
import { FieldInput } from './field-input';

/**
 * A repeating group (重复组): one row of sub-field inputs per entry, rows added and removed by
 * staff. Values are `[{ sub: value }]`, as validateInput checks them; the server's row errors
 * (`group.0.sub`) land on the right cell.
 */
export const GroupInput = ({ field }: { field: FieldDescription }) => {
  const t = useTranslate();
  const locale = useLocale();
  const subFields = field.fields ?? [];
  return (
    <Form.List name={field.name}>
      {(rows, { add, remove }) => (
        <>
          {rows.map((row, index) => (
            <Card key={row.key} size="small" style={{ marginBottom: 8 }} title={t('forms.row', { n: index + 1 })}
              extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={t('forms.removeRow')} onClick={() => remove(row.name)} />}>
              <Row gutter={12}>
                {subFields.map((sub) => (
                  <Col key={sub.name} xs={24} md={12}>
                    <Form.Item
                      name={[row.name, sub.name]}
                      label={sub.label[locale]}
                      extra={sub.help?.[locale]}
                      valuePropName={sub.type === 'boolean' ? 'checked' : 'value'}
                      rules={sub.required ? [{ required: true, message: formatMessage(FIELD_MESSAGES.REQUIRED[locale], { label: sub.label[locale] }) }] : []}
                    >
                      <FieldInput field={sub} required={!!sub.required} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </Card>
          ))}
          {(field.max === undefined || rows.length < field.max) && (
            <Button icon={<PlusOutlined />} onClick={() => add({})}>
              {t('forms.addRow', { label: field.label[locale] })}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
};
