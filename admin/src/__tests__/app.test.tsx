/** @jest-environment jsdom */
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../App';
import { localeStore } from '../providers/locale-store';
import { createAppServices } from '../services';
import { builtIn, permitted } from '../test/fixtures';

const ME = { id: 3, username: 'desk1', fullName: '李静', email: 'desk1@example.cn', role: 'staff', capabilities: ['statistics.read'], department: null };
const COMPLAINT = {
  id: 1,
  documentId: 'c1',
  number: 'TS-20261124-0001',
  receivedAt: '2026-11-24T01:30:00.000Z',
  kind: 'complaint',
  residentName: '王五',
  residentPhone: '13800138000',
  unit: { id: 4, documentId: 'u1', code: '3-2-1201' },
  complexity: 'general',
  department: null,
  status: 'received',
  dueAt: '2026-11-24T02:00:00.000Z',
};

// jsdom has no fetch Response; the shell only reads these members.
const reply = (status: number, body: unknown) =>
  ({ ok: status < 400, status, statusText: '', json: async () => body, text: async () => JSON.stringify(body) }) as unknown as Response;

const requests: string[] = [];
const cms = async (url: string, init?: RequestInit): Promise<Response> => {
  requests.push(`${init?.method ?? 'GET'} ${decodeURIComponent(url)}`);
  const path = url.split('?')[0];
  if (path === '/api/auth/local') return reply(200, { jwt: 'jwt-1', user: { id: 3 } });
  if (path === '/api/records/me') return reply(200, { data: ME });
  if (path === '/api/records/registers') {
    return reply(200, { data: [permitted(builtIn('complaints'), ['read', 'create', 'update', 'act']), permitted(builtIn('units'), ['read'])] });
  }
  if (path === '/api/complaints') return reply(200, { data: [COMPLAINT], meta: { pagination: { page: 1, pageSize: 20, pageCount: 1, total: 1 } } });
  return reply(404, { error: { status: 404, message: 'Not Found' } });
};

// antd under jsdom is slow: seconds per form interaction on a small machine, more on the
// first render, which compiles antd and every lazy page.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 20_000 });

describe('the panel shell', () => {
  it('signs a desk clerk in and opens 客户诉求 with its rows, in Chinese', async () => {
    const services = createAppServices({ apiUrl: '/api', origin: 'http://localhost', storage: window.localStorage, localeStore, fetch: cms });
    render(<App services={services} />);

    fireEvent.change(await screen.findByLabelText('用户名或邮箱'), { target: { value: 'desk1' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'secret' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));

    const row = (await screen.findByText('TS-20261124-0001')).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('2026-11-24 09:30')).toBeTruthy();
    expect(within(row as HTMLElement).getByText('已登记')).toBeTruthy();
    expect(within(row as HTMLElement).getByText('3-2-1201')).toBeTruthy();
    expect(screen.getAllByText('登记').length).toBeGreaterThan(0);
    expect(window.localStorage.getItem('wuyedesk.jwt')).toBe('jwt-1');
    expect(requests.some((r) => r.startsWith('GET /api/complaints') && r.includes('sort[0]=receivedAt:desc'))).toBe(true);
  });
});
