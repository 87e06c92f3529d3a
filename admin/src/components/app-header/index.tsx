import { UserOutlined } from '@ant-design/icons';
import { ROLES } from '@wuyedesk/contracts';
import { Avatar, Layout, Space, Typography, theme } from 'antd';
import { useCurrentUser } from '../../providers/session-context';
import { useLocale } from '../../providers/use-locale';
import { LanguageSwitch } from '../language-switch';

/** Top bar: language, and who is signed in with their role (客服助理, 部门负责人…). */
export const AppHeader = () => {
  const { token } = theme.useToken();
  const locale = useLocale();
  const user = useCurrentUser();
  const role = ROLES.find((r) => r.key === user?.role);
  return (
    <Layout.Header
      style={{
        display: 'flex',
        justifyContent: 'flex-end',
        alignItems: 'center',
        gap: 16,
        padding: '0 24px',
        height: 64,
        backgroundColor: token.colorBgElevated,
        position: 'sticky',
        top: 0,
        zIndex: 1,
      }}
    >
      <LanguageSwitch />
      {user && (
        <Space>
          <Avatar size="small" icon={<UserOutlined />} />
          <Typography.Text strong>{user.fullName || user.username}</Typography.Text>
          {role && (
            <Typography.Text type="secondary" className="app-header-detail">
              {role.label[locale]}
            </Typography.Text>
          )}
          {user.department && (
            <Typography.Text type="secondary" className="app-header-detail">
              {user.department.name}
            </Typography.Text>
          )}
        </Space>
      )}
    </Layout.Header>
  );
};
