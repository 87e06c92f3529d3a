import { complaintRegister } from '@wuyedesk/contracts';
import qs from 'qs';
import type { PermittedRegister } from '../../../../providers/session';
import { backgroundExportPath, exportPath } from '../export-button';
import { newlyReady, type ExportJobView } from '../my-exports';

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

describe('the background export of a list', () => {
  it('posts the same query to the register’s jobs', () => {
    expect(backgroundExportPath('exports/complaints.xlsx?filters%5Bstatus%5D=open&sort=receivedAt%3Adesc')).toBe(
      'exports/complaints/jobs?filters%5Bstatus%5D=open&sort=receivedAt%3Adesc',
    );
  });

  it('tells the user about a job only when it has just become ready', () => {
    const job = (id: string, status: ExportJobView['status']): ExportJobView => ({ id, status, label: '客户诉求', rows: null, bytes: null, createdAt: '', expiresAt: null });
    expect(newlyReady([job('a', 'running'), job('b', 'done')], [job('a', 'done'), job('b', 'done'), job('c', 'done')]).map((j) => j.id)).toEqual(['a']);
  });
});
