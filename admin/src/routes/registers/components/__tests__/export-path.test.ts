import { complaintRegister } from '@wuyedesk/contracts';
import qs from 'qs';
import type { PermittedRegister } from '../../../../providers/session';
import { exportPath } from '../export-button';

describe('the export link of a list', () => {
  it('carries the list’s quick search, sort, visible columns and language', () => {
    const register = { ...complaintRegister, permissions: ['read'] } as unknown as PermittedRegister;
    const path = exportPath({
      register,
      filters: [{ key: 'q', operator: 'or', value: [{ field: 'residentName', operator: 'contains', value: '王' }] }],
      sorters: [{ field: 'receivedAt', order: 'desc' }],
      columns: ['number', 'status'],
      locale: 'zh-CN',
    });
    const [base, search] = path.split('?');
    expect(base).toBe('exports/complaints.xlsx');
    expect(qs.parse(search)).toEqual({
      filters: { $or: [{ residentName: { $containsi: '王' } }] },
      sort: ['receivedAt:desc'],
      columns: 'number,status',
      locale: 'zh-CN',
    });
  });
});
