import type { Locale } from '@wuyedesk/contracts';

/** The panel's language for headers and labels: `locale=en`, else Accept-Language, else zh-CN. */
export const exportLocale = (queryLocale: unknown, acceptLanguage: string | undefined): Locale => {
  if (queryLocale === 'en' || queryLocale === 'zh-CN') return queryLocale;
  return /^en\b/i.test(acceptLanguage ?? '') ? 'en' : 'zh-CN';
};

/** `columns=number,receivedAt` or `columns[]=number&columns[]=…` → names. */
export const columnNames = (value: unknown): string[] => {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return items.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean);
};

/** The list's first sorter (`sort=receivedAt:desc` or `sort[0]=…`); only it orders the export (ties by id). */
export const firstSort = (value: unknown): { field: string; order: 'asc' | 'desc' } | null => {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') {
    const [field, order] = first.split(':');
    return field ? { field, order: order?.toLowerCase() === 'desc' ? 'desc' : 'asc' } : null;
  }
  if (first && typeof first === 'object') {
    const [field, order] = Object.entries(first as Record<string, unknown>)[0] ?? [];
    return field ? { field, order: String(order).toLowerCase() === 'desc' ? 'desc' : 'asc' } : null;
  }
  return null;
};

/** `complaints-20261124-1530.xlsx` in Shanghai time, as an RFC 5987 Content-Disposition. */
export const attachment = (name: string, now = new Date()): string => {
  const stamp = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const file = `${name}-${stamp}.xlsx`;
  const ascii = file.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file)}`;
};
