import { json, setup } from './fake-fetch';

function strapiError(status: number, name: string, message: string, details: unknown = {}) {
  return json({ data: null, error: { status, name, message, details } }, status);
}

describe('error mapping', () => {
  it('maps a validation error with several fields to Refine field errors', async () => {
    const { provider } = setup([
      strapiError(400, 'ValidationError', '2 errors occurred', {
        errors: [
          { path: ['title'], message: 'title must be defined.', name: 'ValidationError' },
          { path: ['unit', 'code'], message: 'code must match the pattern', name: 'ValidationError' },
        ],
      }),
    ]);
    await expect(provider.create({ resource: 'complaints', variables: {} })).rejects.toEqual({
      statusCode: 400,
      message: '2 errors occurred',
      errors: {
        title: ['title must be defined.'],
        'unit.code': ['code must match the pattern'],
      },
    });
  });

  it('collects several messages for one field', async () => {
    const { provider } = setup([
      strapiError(400, 'ValidationError', '2 errors occurred', {
        errors: [
          { path: ['phone'], message: 'too short' },
          { path: ['phone'], message: 'digits only' },
        ],
      }),
    ]);
    await expect(provider.create({ resource: 'complaints', variables: {} })).rejects.toEqual({
      statusCode: 400,
      message: '2 errors occurred',
      errors: { phone: ['too short', 'digits only'] },
    });
  });

  it('joins a list index in a path with dots, as antd forms expect', async () => {
    const { provider } = setup([
      strapiError(400, 'ValidationError', 'bad', { errors: [{ path: ['items', 0, 'qty'], message: 'must be positive' }] }),
    ]);
    await expect(provider.create({ resource: 'key-counts', variables: {} })).rejects.toEqual({
      statusCode: 400,
      message: 'bad',
      errors: { 'items.0.qty': ['must be positive'] },
    });
  });

  it('leaves out a validation error that names no field', async () => {
    const { provider } = setup([
      strapiError(400, 'ValidationError', 'Invalid relations', { errors: [{ path: [], message: 'Invalid relations' }] }),
    ]);
    await expect(provider.create({ resource: 'complaints', variables: {} })).rejects.toEqual({
      statusCode: 400,
      message: 'Invalid relations',
    });
  });

  it('ignores malformed entries in the validation error list', async () => {
    const { provider } = setup([
      strapiError(400, 'ValidationError', 'bad', {
        errors: [null, { path: 'title', message: 'x' }, { path: ['title'] }, { path: ['code'], message: 'taken' }],
      }),
    ]);
    await expect(provider.create({ resource: 'keys', variables: {} })).rejects.toEqual({
      statusCode: 400,
      message: 'bad',
      errors: { code: ['taken'] },
    });
  });

  it('carries the server’s refusal code, so the panel can tell an illegal step from a race', async () => {
    const { provider } = setup([
      strapiError(400, 'ValidationError', '当前状态“已登记”不能执行“关闭”', { code: 'TRANSITION_NOT_ALLOWED', action: 'close' }),
    ]);
    await expect(provider.custom({ url: 'complaints/x/actions/close', method: 'post', payload: {} })).rejects.toEqual({
      statusCode: 400,
      message: '当前状态“已登记”不能执行“关闭”',
      code: 'TRANSITION_NOT_ALLOWED',
    });
  });

  it('passes a 401 through with its status and message', async () => {
    const { provider } = setup([strapiError(401, 'UnauthorizedError', 'Missing or invalid credentials')]);
    await expect(provider.getList({ resource: 'complaints' })).rejects.toEqual({
      statusCode: 401,
      message: 'Missing or invalid credentials',
    });
  });

  it('passes a 403 through with its status and message', async () => {
    const { provider } = setup([strapiError(403, 'ForbiddenError', 'Forbidden')]);
    await expect(provider.update({ resource: 'keys', id: 'k', variables: {} })).rejects.toEqual({
      statusCode: 403,
      message: 'Forbidden',
    });
  });

  it('falls back to a message with the status when the error body is not Strapi JSON', async () => {
    const { provider } = setup([new Response('<html>Bad Gateway</html>', { status: 502 })]);
    await expect(provider.getList({ resource: 'keys' })).rejects.toEqual({
      statusCode: 502,
      message: '请求失败（状态码 502）。',
    });
  });

  it('falls back to an English message when the UI is in English', async () => {
    const { provider } = setup([new Response('', { status: 500 })], { getLocale: () => 'en' });
    await expect(provider.getList({ resource: 'keys' })).rejects.toEqual({
      statusCode: 500,
      message: 'Request failed with status 500.',
    });
  });

  it('maps a network failure to status 0 with a message', async () => {
    const { provider } = setup([new TypeError('Failed to fetch')]);
    await expect(provider.getList({ resource: 'keys' })).rejects.toEqual({
      statusCode: 0,
      message: '网络错误：无法连接服务器。',
    });
  });

  it('maps a network failure to an English message when the UI is in English', async () => {
    const { provider } = setup([new TypeError('Failed to fetch')], { getLocale: () => 'en' });
    await expect(provider.create({ resource: 'keys', variables: {} })).rejects.toEqual({
      statusCode: 0,
      message: 'Network error: the server could not be reached.',
    });
  });

  it('rejects a successful answer that is not JSON as an unexpected response', async () => {
    const { provider } = setup([new Response('<!doctype html><html></html>', { status: 200 })]);
    await expect(provider.getList({ resource: 'keys' })).rejects.toEqual({
      statusCode: 502,
      message: '服务器返回了无法识别的响应。',
    });
  });
});
