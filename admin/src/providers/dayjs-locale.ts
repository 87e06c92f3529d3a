import type { Locale } from '@wuyedesk/contracts';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { LocaleStore } from './locale-store';

const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

/**
 * Keeps dayjs's global locale (DatePicker month and weekday names, week start) on the UI
 * language. Store listeners run before React re-renders, so pickers never show the old one.
 */
export const followLocale = (store: LocaleStore): (() => void) => {
  const apply = () => {
    dayjs.locale(DAYJS_LOCALES[store.get()]);
  };
  apply();
  return store.subscribe(apply);
};
