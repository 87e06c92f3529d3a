import type { FieldDescription, Locale } from '@wuyedesk/contracts';

export const enumLabel = (field: FieldDescription, value: string, locale: Locale): string =>
  field.options?.find((o) => o.value === value)?.label[locale] ?? value;

const MONEY = {
  'zh-CN': new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 }),
} satisfies Record<Locale, Intl.NumberFormat>;

export const formatMoney = (value: number, locale: Locale): string => MONEY[locale].format(value);

export const isBlankValue = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
