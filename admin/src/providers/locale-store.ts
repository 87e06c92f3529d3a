import { DEFAULT_LOCALE, LOCALES, type Locale } from '@wuyedesk/contracts';

const STORAGE_KEY = 'wuyedesk.locale';

export interface LocaleStore {
  get: () => Locale;
  set: (locale: Locale) => void;
  subscribe: (listener: () => void) => () => void;
}

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * The chosen UI language, remembered in localStorage. A store rather than React state because
 * Refine's useGetLocale/useSetLocale keep the first i18nProvider they see.
 */
export const createLocaleStore = (storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): LocaleStore => {
  const stored = storage?.getItem(STORAGE_KEY);
  let current: Locale = isLocale(stored) ? stored : DEFAULT_LOCALE;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (locale) => {
      if (locale === current) return;
      current = locale;
      storage?.setItem(STORAGE_KEY, locale);
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

export const localeStore = createLocaleStore(typeof localStorage === 'undefined' ? undefined : localStorage);
