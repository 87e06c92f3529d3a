import request from 'supertest';
import { as, login, type DemoUser } from './api';

export interface Archive {
  documentId: string;
  code: string;
  confidentiality: string;
  state: string;
}

let sequence = 0;

/** A fresh archive (administrators register them), normal or 机密, so tests never share one. */
export const newArchive = async (confidentiality: 'normal' | 'confidential' = 'normal'): Promise<Archive> => {
  sequence += 1;
  const code = `T-${Date.now().toString(36).toUpperCase()}-${sequence}`;
  const res = await as('admin').post('/api/archives', {
    data: { code, title: `测试档案 ${code}`, kind: 'contract', confidentiality, location: '档案室 9 号柜' },
  });
  if (res.status !== 201) throw new Error(`create archive: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as Archive;
};

/** A scanned letter of introduction, uploaded as the panel does (POST /api/upload). */
export const uploadLetter = async (user: DemoUser = 'staff'): Promise<number> => {
  const token = await login(user);
  const res = await request(process.env.WUYEDESK_TEST_URL as string)
    .post('/api/upload')
    .set('Authorization', `Bearer ${token}`)
    .attach('files', Buffer.from('介绍信：兹介绍我所律师前来查阅档案。'), {
      filename: 'letter.txt',
      contentType: 'text/plain',
    });
  if (res.status !== 201 && res.status !== 200) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body[0].id as number;
};

export type AccessType = 'read' | 'loan' | 'copy';

/** An access request registered at the desk (by staff unless said otherwise). */
export const requestAccess = async (
  archive: Archive,
  accessType: AccessType,
  data: Record<string, unknown> = {},
  user: DemoUser = 'staff',
) => {
  const res = await as(user).post('/api/archive-loans', {
    data: {
      archive: archive.documentId,
      accessType,
      requester: '周敏',
      purpose: '核对业主信息',
      ...(accessType === 'copy' ? { scope: '购房合同第1页复印一份' } : {}),
      ...data,
    },
  });
  if (res.status !== 201) throw new Error(`request access: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { documentId: string; number: string } & Record<string, unknown>;
};

export const act = (
  user: DemoUser,
  documentId: string,
  action: string,
  data?: Record<string, unknown>,
  register = 'archive-loans',
) => as(user).post(`/api/${register}/${documentId}/actions/${action}`, data === undefined ? {} : { data });

export const fieldPaths = (body: { error?: { details?: { errors?: Array<{ path: string[] }> } } }) =>
  (body.error?.details?.errors ?? []).map((e) => e.path[0]).sort();
