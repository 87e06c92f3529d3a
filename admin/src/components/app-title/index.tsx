import { CustomerServiceOutlined } from '@ant-design/icons';
import { ThemedTitle } from '@refinedev/antd';
import { useTranslate, type TitleProps } from '@refinedev/core';

export const AppTitle = ({ collapsed }: TitleProps) => {
  const t = useTranslate();
  return <ThemedTitle collapsed={collapsed} text={t('app.title')} icon={<CustomerServiceOutlined />} />;
};
