import { TranslationOutlined } from '@ant-design/icons';
import { useSetLocale, useTranslate } from '@refinedev/core';
import type { Locale } from '@wuyedesk/contracts';
import { Select } from 'antd';
import { useLocale } from '../../providers/use-locale';

/** zh-CN by default; the choice is remembered in this browser. */
export const LanguageSwitch = () => {
  const t = useTranslate();
  const locale = useLocale();
  const setLocale = useSetLocale();
  return (
    <Select<Locale>
      aria-label={t('language.label')}
      value={locale}
      onChange={(next) => setLocale(next)}
      suffixIcon={<TranslationOutlined />}
      variant="borderless"
      options={[
        { value: 'zh-CN', label: t('language.zhCN') },
        { value: 'en', label: t('language.en') },
      ]}
      style={{ width: 120 }}
    />
  );
};
