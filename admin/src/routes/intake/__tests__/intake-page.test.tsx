/** @jest-environment jsdom */
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../App';
import { localeStore } from '../../../providers/locale-store';
import { createAppServices } from '../../../services';
import { builtIn, permitted } from '../../../test/fixtures';

const ME = { id: 3, username: 'desk1', fullName: '李静', email: 'desk1@example.cn', role: 'staff', capabilities: ['statistics.read'], department: null };
const UNIT = { id: 7, documentId: 'u1', code: '3-1-501', ownerName: '任鹏', ownerPhone: '19030499332' };
const EARLIER = {
  id: 1,
  documentId: 'c1',
  number: 'TS-20260729-0001',
  receivedAt: '2026-07-29T01:30:13.000Z',
  kind: 'complaint',
  status: 'closed',
  description: '小区绿化带杂草很多',
};

const reply = (status: number, body: unknown) =>
  ({ ok: status < 400, status, statusText: '', json: async () => body, text: async () => JSON.stringify(body) }) as unknown as Response;
const page = (data: unknown[]) => ({ data, meta: { pagination: { page: 1, pageSize: 5, pageCount: 1, total: data.length } } });

const posted: unknown[] = [];
const cms = async (url: string, init?: RequestInit): Promise<Response> => {
  const path = url.split('?')[0];
  const query = decodeURIComponent(url);
  if (path === '/api/records/me') return reply(200, { data: ME });
  if (path === '/api/records/registers') {
    const desk = ['read', 'create', 'update', 'act'] as const;
    return reply(200, {
      data: [permitted(builtIn('complaints'), [...desk]), permitted(builtIn('repair-orders'), [...desk]), permitted(builtIn('units'), ['read'])],
    });
  }
  if (path === '/api/units') return reply(200, page(query.includes('[ownerPhone][$eq]=19030499332') ? [UNIT] : []));
  if (path === '/api/complaints' && init?.method === 'POST') {
    posted.push(JSON.parse(String(init.body)));
    if (posted.length === 1) {
      return reply(400, {
        error: { status: 400, name: 'ValidationError', message: '1 error occurred', details: { errors: [{ path: ['residentPhone'], message: '该号码已被列入黑名单' }] } },
      });
    }
    return reply(201, { data: { id: 9, documentId: 'c9', number: 'TS-20261124-0007', status: 'received' } });
  }
  if (path === '/api/complaints') return reply(200, page(query.includes('19030499332') ? [EARLIER] : []));
  if (path === '/api/repair-orders') return reply(200, page([]));
  return reply(404, { error: { status: 404, message: 'Not Found' } });
};

// antd under jsdom is slow: seconds per form interaction on a small machine.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 20_000 });

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const submitByKeyboard = () => fireEvent.keyDown(field('诉求内容'), { key: 'Enter', ctrlKey: true });

describe('快速登记', () => {
  it('fills the caller from the phone, saves with Ctrl+Enter, shows the number and starts the next call', async () => {
    window.localStorage.setItem('wuyedesk.jwt', 'jwt-1');
    window.history.pushState({}, '', '/intake');
    const services = createAppServices({ apiUrl: '/api', origin: 'http://localhost', storage: window.localStorage, localeStore, fetch: cms });
    render(<App services={services} />);

    const phone = (await screen.findByLabelText('联系电话')) as HTMLInputElement;
    expect(document.activeElement).toBe(phone);
    fireEvent.change(phone, { target: { value: '19030499332' } });

    // The one unit whose owner has this phone fills the unit and the name; earlier reports show.
    await waitFor(() => expect(field('住户姓名').value).toBe('任鹏'));
    expect(await screen.findByText('TS-20260729-0001')).toBeTruthy();
    expect(screen.getByText('3-1-501 · 任鹏 · 19030499332')).toBeTruthy();

    fireEvent.change(field('诉求内容'), { target: { value: '楼道灯不亮' } });
    // Enter alone in a one-line input never submits.
    expect(fireEvent.keyDown(field('住户姓名'), { key: 'Enter' })).toBe(false);
    expect(posted).toHaveLength(0);

    submitByKeyboard();
    // The server's field error lands on its field; nothing typed is lost.
    expect(await screen.findByText('该号码已被列入黑名单')).toBeTruthy();
    expect(posted[0]).toEqual({
      data: {
        residentPhone: '19030499332',
        residentName: '任鹏',
        channel: 'phone',
        unit: 'u1',
        kind: 'complaint',
        complexity: 'general',
        description: '楼道灯不亮',
      },
    });
    expect(field('诉求内容').value).toBe('楼道灯不亮');

    submitByKeyboard();
    expect((await screen.findByTestId('saved-number')).textContent).toContain('TS-20261124-0007');
    await waitFor(() => expect(field('联系电话').value).toBe(''));
    expect(field('诉求内容').value).toBe('');
    expect(document.activeElement).toBe(field('联系电话'));
  });
});
