/** @jest-environment jsdom */
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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
  channel: 'phone',
  kind: 'complaint',
  residentName: '王五',
  description: '楼道灯不亮',
  complexity: 'general',
  status: 'received',
  updatedAt: '2026-11-24T01:30:00.000Z',
};

const reply = (status: number, body: unknown) =>
  ({ ok: status < 400, status, statusText: '', json: async () => body, text: async () => JSON.stringify(body) }) as unknown as Response;

const posted: { url: string; body: unknown }[] = [];
const cms = async (url: string, init?: RequestInit): Promise<Response> => {
  const path = url.split('?')[0];
  if (path === '/api/records/me') return reply(200, { data: ME });
  if (path === '/api/records/registers') {
    return reply(200, { data: [permitted(builtIn('complaints'), ['read', 'create', 'update', 'act'])] });
  }
  if (path === '/api/complaints/c1') return reply(200, { data: COMPLAINT });
  if (path === '/api/complaints/c1/history') {
    return reply(200, { data: [{ action: 'create', fromStatus: null, toStatus: 'received', at: COMPLAINT.receivedAt, actorName: '李静', note: null }] });
  }
  if (path === '/api/complaints/c1/actions/void') {
    posted.push({ url: path, body: JSON.parse(String(init?.body)) });
    return reply(200, { data: { ...COMPLAINT, status: 'void' } });
  }
  return reply(404, { error: { status: 404, message: 'Not Found' } });
};

// antd under jsdom is slow: seconds per form interaction on a small machine, more on the
// first render, which compiles antd and every lazy page.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 20_000 });

describe('a workflow step on the record page', () => {
  it('asks for the required reason, confirms, and posts the step with the note', async () => {
    window.localStorage.setItem('wuyedesk.jwt', 'jwt-1');
    window.history.pushState({}, '', '/complaints/show/c1');
    const services = createAppServices({ apiUrl: '/api', origin: 'http://localhost', storage: window.localStorage, localeStore, fetch: cms });
    render(<App services={services} />);

    expect(await screen.findByText('楼道灯不亮')).toBeTruthy();
    expect(await screen.findByText('经办：李静', { exact: false })).toBeTruthy();
    // 签收 belongs to the department head: the desk is not offered it.
    expect(screen.queryByRole('button', { name: '签收' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '作废' }));

    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    expect(await within(dialog).findByText('请填写作废原因')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('作废原因'), { target: { value: '重复登记' } });
    fireEvent.change(within(dialog).getByLabelText('备注'), { target: { value: '与 TS-0002 重复' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));

    const [confirm] = await screen.findAllByText('确定要作废吗？');
    const confirmDialog = confirm.closest('.ant-modal-confirm') as HTMLElement;
    fireEvent.click(within(confirmDialog).getByRole('button', { name: '确定' }));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].body).toEqual({ data: { voidReason: '重复登记', note: '与 TS-0002 重复' } });
  });
});
