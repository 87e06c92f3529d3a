/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../App';
import { localeStore } from '../providers/locale-store';
import { createAppServices } from '../services';
import { builtIn, permitted } from '../test/fixtures';

const ME = { id: 3, username: 'desk1', fullName: '李静', email: 'desk1@example.cn', role: 'staff', capabilities: ['statistics.read'], department: null };

const reply = (status: number, body: unknown) =>
  ({ ok: status < 400, status, statusText: '', json: async () => body, text: async () => JSON.stringify(body) }) as unknown as Response;

const created: unknown[] = [];
const cms = async (url: string, init?: RequestInit): Promise<Response> => {
  const path = url.split('?')[0];
  if (path === '/api/records/me') return reply(200, { data: ME });
  if (path === '/api/records/registers') {
    return reply(200, { data: [permitted(builtIn('complaints'), ['read', 'create', 'update', 'act'])] });
  }
  if (path === '/api/units') return reply(200, { data: [], meta: { pagination: { page: 1, pageSize: 20, pageCount: 0, total: 0 } } });
  if (path === '/api/users') return reply(200, { data: [], meta: { pagination: { page: 1, pageSize: 20, pageCount: 0, total: 0 } } });
  if (path === '/api/complaints' && init?.method === 'POST') {
    created.push(JSON.parse(String(init.body)));
    return reply(400, {
      error: {
        status: 400,
        name: 'ValidationError',
        message: '1 error occurred',
        details: { errors: [{ path: ['residentPhone'], message: '该号码已被列入黑名单', name: 'ValidationError' }] },
      },
    });
  }
  return reply(404, { error: { status: 404, message: 'Not Found' } });
};

// antd under jsdom is slow: seconds per form interaction on a small machine, more on the
// first render, which compiles antd and every lazy page.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 20_000 });

describe('the create form', () => {
  it('checks the whole record like the server before sending, and shows the server’s field errors after', async () => {
    window.localStorage.setItem('wuyedesk.jwt', 'jwt-1');
    window.history.pushState({}, '', '/complaints/create');
    const services = createAppServices({ apiUrl: '/api', origin: 'http://localhost', storage: window.localStorage, localeStore, fetch: cms });
    render(<App services={services} />);

    await screen.findByLabelText('住户姓名');
    // Refine's useForm resets the form (remounting the inputs) in an effect right after the
    // first paint; a person cannot type that fast, a test can.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    fireEvent.change(screen.getByLabelText('住户姓名'), { target: { value: '王五' } });
    fireEvent.change(screen.getByLabelText('联系电话'), { target: { value: '13800138000' } });
    fireEvent.change(screen.getByLabelText('诉求内容'), { target: { value: '楼道灯不亮' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));

    // Neither a unit nor an address: contracts' one-of rule, in the server's words.
    expect((await screen.findAllByText('请填写房号或地址（无房号时填写）中的至少一项')).length).toBe(2);
    expect(created).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('地址（无房号时填写）'), { target: { value: '3号楼底商' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('该号码已被列入黑名单')).toBeTruthy();
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toEqual({
      data: expect.objectContaining({ residentName: '王五', address: '3号楼底商', channel: 'phone', kind: 'complaint' }),
    });
    // What was typed is still there.
    expect((screen.getByLabelText('诉求内容') as HTMLTextAreaElement).value).toBe('楼道灯不亮');
  });
});
