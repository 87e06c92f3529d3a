import { useLogin, useTranslate } from '@refinedev/core';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LanguageSwitch } from '../../components/language-switch';
import type { LoginParams } from '../../providers/auth';

/** Staff sign in with their username or email (Strapi's `identifier`). */
export const LoginPage = () => {
  const t = useTranslate();
  const { mutate: login, isPending } = useLogin<LoginParams>();
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 400 }} extra={<LanguageSwitch />} title={t('app.title')}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('pages.login.title')}
        </Typography.Title>
        <Form<LoginParams> layout="vertical" onFinish={(values) => login(values)} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.requiredUsername') }]}>
            <Input autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('pages.login.fields.password')}
            rules={[{ required: true, message: t('pages.login.errors.requiredPassword') }]}
          >
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={isPending}>
            {t('pages.login.signin')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
};
