import { errorMessageOf, serverFieldErrors } from '../server-errors';

describe('a refused intake', () => {
  it('puts the server’s messages on their fields, the kind on the type choice', () => {
    const error = { statusCode: 400, message: '2 errors', errors: { residentPhone: ['号码无效'], kind: '不是有效选项' } };
    expect(serverFieldErrors(error)).toEqual([
      { name: 'residentPhone', errors: ['号码无效'] },
      { name: 'type', errors: ['不是有效选项'] },
    ]);
  });

  it('has no field errors when the server named none', () => {
    expect(serverFieldErrors({ statusCode: 403, message: '您的角色无权进行此操作' })).toEqual([]);
    expect(serverFieldErrors(new Error('boom'))).toEqual([]);
  });

  it('says what went wrong', () => {
    expect(errorMessageOf({ statusCode: 409, message: '记录已被他人更新' })).toBe('记录已被他人更新');
  });
});
