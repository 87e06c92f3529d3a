import type { I18nProvider } from '@refinedev/core';
import type { Locale, RegisterDescription } from '@wuyedesk/contracts';
import { MESSAGES } from '../locales';
import { isLocale, type LocaleStore } from './locale-store';

export type TranslateParams = Record<string, string | number | undefined>;
export type Translate = (key: string, params?: TranslateParams) => string;

export const interpolate = (template: string, params: TranslateParams = {}): string =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
    params[name] === undefined ? match : String(params[name]),
  );

const ACTIONS = ['list', 'create', 'edit', 'show', 'clone'] as const;

/**
 * Keys Refine builds from a resource name (`complaints.titles.create`,
 * `documentTitle.complaints.edit`, `complaints.complaints` in notifications). Registers arrive
 * at run time, so these are derived from their labels instead of living in a locale file.
 */
export const resourceMessages = (
  registers: readonly RegisterDescription[],
  locale: Locale,
): Record<string, string> => {
  const base = MESSAGES[locale];
  const messages: Record<string, string> = {};
  for (const register of registers) {
    const name = register.pluralName;
    const resource = register.label[locale];
    messages[`${name}.${name}`] = resource;
    for (const action of ACTIONS) {
      const title = interpolate(base[`titles.${action}`], { resource });
      messages[`${name}.titles.${action}`] = title;
      messages[`documentTitle.${name}.${action}`] = `${title}${base['documentTitle.suffix']}`;
    }
    for (const field of register.fields) messages[`${name}.fields.${field.name}`] = field.label[locale];
  }
  return messages;
};

/** Refine calls translate(key, default) as well as translate(key, params, default). */
export const createTranslator = (messages: Record<string, string>) =>
  (key: string, options?: TranslateParams | string, defaultMessage?: string): string => {
    const params = typeof options === 'object' ? options : undefined;
    const fallback = typeof options === 'string' ? options : defaultMessage;
    const template = messages[key];
    if (template !== undefined) return interpolate(template, params);
    // Refine's breadcrumb detects a missing key by getting the key itself back.
    return fallback === undefined ? key : interpolate(fallback, params);
  };

export const messagesFor = (locale: Locale, registers: readonly RegisterDescription[] = []) => ({
  ...MESSAGES[locale],
  ...resourceMessages(registers, locale),
});

/** A translator for code outside React (the auth provider's error messages). */
export const translateIn = (locale: Locale): Translate => {
  const translate = createTranslator(MESSAGES[locale]);
  return (key, params) => translate(key, params);
};

/**
 * A new provider object per language and register list, so every useTranslate consumer
 * re-renders; getLocale/changeLocale read the store because Refine keeps the first ones.
 */
export const createI18nProvider = ({
  store,
  registers,
}: {
  store: LocaleStore;
  registers: readonly RegisterDescription[];
}): I18nProvider => {
  const translate = createTranslator(messagesFor(store.get(), registers));
  return {
    translate,
    getLocale: () => store.get(),
    changeLocale: (locale: string) => {
      if (isLocale(locale)) store.set(locale);
    },
  };
};
