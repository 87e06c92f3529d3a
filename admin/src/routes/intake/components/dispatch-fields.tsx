import { useTranslate } from '@refinedev/core';
import type { FieldDescription } from '@wuyedesk/contracts';
import { Checkbox, Col, Form, Row } from 'antd';
import { RelationSelect } from '../../../components/field-input/relation-select';
import { useLocale } from '../../../providers/use-locale';

/** 登记后立即派单: the department is asked for only when the box is ticked. */
export const DispatchFields = ({ departmentField }: { departmentField: FieldDescription }) => {
  const t = useTranslate();
  const locale = useLocale();
  const isDispatching = Form.useWatch('dispatch') === true;
  return (
    <Row gutter={16} align="bottom">
      <Col xs={24} md={12}>
        <Form.Item name="dispatch" valuePropName="checked">
          <Checkbox>{t('intake.dispatchNow')}</Checkbox>
        </Form.Item>
      </Col>
      {isDispatching && (
        <Col xs={24} md={12}>
          <Form.Item name="department" label={departmentField.label[locale]} required>
            <RelationSelect field={departmentField} allowClear />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
};
