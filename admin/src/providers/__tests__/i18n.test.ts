import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGES } from '../../locales';
import { builtIn, permitted } from '../../test/fixtures';
import { createI18nProvider, createTranslator, interpolate, resourceMessages } from '../i18n';
import { createLocaleStore } from '../locale-store';
import { MENU_GROUPS } from '../resources';

const NODE_MODULES = join(__dirname, '../../../../node_modules');
const SRC = join(__dirname, '../..');

/** Dotted translation keys written as string literals in Refine's own bundles. */
const refineKeys = (): string[] => {
  const bundles = ['@refinedev/core', '@refinedev/antd', '@refinedev/react-router'].map((p) =>
    readFileSync(join(NODE_MODULES, p, 'dist/index.mjs'), 'utf8'),
  );
  const literal = /"((?:pages|buttons|notifications|actions|autoSave|documentTitle|table)\.[\w.]+|warnWhenUnsavedChanges)"/g;
  const keys = new Set<string>();
  for (const code of bundles) for (const match of code.matchAll(literal)) keys.add(match[1]);
  // Built from templates (`buttons.${type}`, `actions.${action}`): the values Refine passes.
  for (const type of ['create', 'edit', 'show', 'clone', 'list', 'save', 'export', 'import', 'delete', 'refresh']) {
    keys.add(`buttons.${type}`);
  }
  for (const action of ['list', 'create', 'edit', 'show', 'clone']) keys.add(`actions.${action}`);
  return [...keys];
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' || name === 'data' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });

/** Keys our code passes to t()/translate() as literals, plus the ones it builds from lists. */
const appKeys = (): string[] => {
  const keys = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) keys.add(match[1]);
  }
  for (const group of ['details', 'handling', 'system']) keys.add(`show.${group}`);
  for (const group of MENU_GROUPS) keys.add(group.labelKey);
  return [...keys];
};

describe('translations', () => {
  it('has found the keys it checks', () => {
    expect(refineKeys().length).toBeGreaterThan(60);
    expect(appKeys().length).toBeGreaterThan(30);
  });

  it.each(['zh-CN', 'en'] as const)('has every key Refine translates in %s', (locale) => {
    expect(refineKeys().filter((key) => !(key in MESSAGES[locale]))).toEqual([]);
  });

  it.each(['zh-CN', 'en'] as const)('has every key the panel uses in %s', (locale) => {
    expect(appKeys().filter((key) => !(key in MESSAGES[locale]))).toEqual([]);
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(MESSAGES['zh-CN']).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it('has no English left in the Chinese buttons', () => {
    expect(MESSAGES['zh-CN']['buttons.save']).toBe('保存');
    expect(MESSAGES['zh-CN']['warnWhenUnsavedChanges']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(MESSAGES.en).filter(
      (key) => placeholders(MESSAGES.en[key]).join() !== placeholders(MESSAGES['zh-CN'][key]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('translate', () => {
  const t = createTranslator({ 'notifications.createSuccess': '已创建{{resource}}' });

  it('fills placeholders', () => {
    expect(t('notifications.createSuccess', { resource: '客户诉求' })).toBe('已创建客户诉求');
  });

  it('falls back to the default Refine passes as second argument', () => {
    expect(t('unknown.key', 'Fallback')).toBe('Fallback');
  });

  it('returns the key itself when there is no default, as Refine’s breadcrumb expects', () => {
    expect(t('actions.archive')).toBe('actions.archive');
  });

  it('leaves unknown placeholders visible rather than blank', () => {
    expect(interpolate('{{a}} {{b}}', { a: 1 })).toBe('1 {{b}}');
  });
});

describe('resource titles', () => {
  const registers = [permitted(builtIn('complaints'), ['read'])];

  it('titles a register’s pages from its label', () => {
    const messages = resourceMessages(registers, 'zh-CN');
    expect(messages['complaints.titles.create']).toBe('新建客户诉求');
    expect(messages['documentTitle.complaints.list']).toBe('客户诉求 | 物业客服台');
    expect(messages['complaints.complaints']).toBe('客户诉求');
  });

  it('switches language through the store and remembers it', () => {
    const storage = new Map<string, string>();
    const store = createLocaleStore({ getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => storage.set(k, v) });
    const provider = createI18nProvider({ store, registers });
    expect(provider.getLocale()).toBe('zh-CN');
    provider.changeLocale('en');
    expect(createLocaleStore({ getItem: (k) => storage.get(k) ?? null, setItem: () => undefined }).get()).toBe('en');
    expect(createI18nProvider({ store, registers }).translate('complaints.titles.edit')).toBe('Edit Complaints');
  });

  it('ignores a language it does not know', () => {
    const store = createLocaleStore(undefined);
    createI18nProvider({ store, registers }).changeLocale('fr');
    expect(store.get()).toBe('zh-CN');
  });
});
