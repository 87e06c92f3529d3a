import qs from 'qs';
import { DEFAULT_DEMO_PASSWORD } from '../../cms/src/seed/users';

/** What a list answer carries that the benchmark checks: the page and the total the panel shows. */
export interface ListAnswer {
  rows: number;
  total: number | null;
}

export interface PanelClient {
  /** GETs `/api/<path>?<query>` as the panel would; throws unless 200. */
  get: (path: string, query?: object) => Promise<ListAnswer>;
}

/** Logs in like the panel (POST /api/auth/local) and sends its JWT and Accept-Language on every request. */
export const loginAs = async (baseUrl: string, username: string): Promise<PanelClient> => {
  const res = await fetch(`${baseUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: username, password: process.env.WUYEDESK_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD }),
  });
  const body = (await res.json()) as { jwt?: string };
  if (!res.ok || !body.jwt) throw new Error(`Login as ${username} failed: ${res.status} ${JSON.stringify(body)}`);
  const headers = { authorization: `Bearer ${body.jwt}`, accept: 'application/json', 'accept-language': 'zh-CN' };
  return {
    async get(path, query) {
      // Serialised as the panel's data provider does (admin/src/providers/data/http.ts).
      const search = query ? qs.stringify(query, { encodeValuesOnly: true }) : '';
      const url = `${baseUrl}/api/${path}${search ? `?${search}` : ''}`;
      const res = await fetch(url, { headers }).catch((error: Error & { cause?: unknown }) => {
        throw new Error(`GET ${path} failed: ${error.message} (${String(error.cause)})`);
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`GET ${path} → ${res.status}: ${text.slice(0, 300)}`);
      const parsed = JSON.parse(text) as { data?: unknown; meta?: { pagination?: { total?: number } } };
      return { rows: Array.isArray(parsed.data) ? parsed.data.length : 1, total: parsed.meta?.pagination?.total ?? null };
    },
  };
};
