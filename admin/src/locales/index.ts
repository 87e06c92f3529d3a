import type { Locale } from '@wuyedesk/contracts';
import { enMessages } from './en';
import type { MessageTree } from './types';
import { zhCNMessages } from './zh-CN';

/** Turns { a: { b: 'x' } } into { 'a.b': 'x' }: Refine asks for dotted keys. */
export const flattenMessages = (tree: MessageTree, prefix = ''): Record<string, string> => {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[path] = value;
    else Object.assign(flat, flattenMessages(value, path));
  }
  return flat;
};

export const MESSAGES: Record<Locale, Record<string, string>> = {
  'zh-CN': flattenMessages(zhCNMessages),
  en: flattenMessages(enMessages),
};
