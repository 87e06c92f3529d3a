import { spawn } from 'child_process';
import path from 'path';
import request from 'supertest';
import ExcelJS from 'exceljs';
import qs from 'qs';
import { anonymous, as, login, type DemoUser } from '../../helpers/api';
import { dataRows } from '../../helpers/xlsx';

// The take-over test boots a second CMS process.
jest.setTimeout(180_000);

const marker = `后台导出${Date.now().toString(36)}`;
const search = { filters: { residentName: { $containsi: marker } }, sort: ['receivedAt:asc'] };

interface JobView { id: string; status: string; rows: number | null; url: string | null; label: string }

const jobsOf = async (user: DemoUser): Promise<JobView[]> => {
  const res = await as(user).get('/api/exports/jobs');
  expect(res.status).toBe(200);
  return res.body.data as JobView[];
};

/** Waits until the user's job is finished (the runner polls every 200 ms in the tests). */
const finishedJob = async (user: DemoUser, id: string): Promise<JobView> => {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const job = (await jobsOf(user)).find((j) => j.id === id);
    if (job && job.status !== 'queued' && job.status !== 'running') return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job?.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const download = async (user: DemoUser, url: string) => {
  const token = await login(user);
  const res = await request(process.env.WUYEDESK_TEST_URL as string)
    .get(url)
    .set('Authorization', `Bearer ${token}`)
    .buffer(true)
    .parse((response, callback) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  const workbook = new ExcelJS.Workbook();
  if (res.status === 200) await workbook.xlsx.load(res.body as Buffer);
  return { res, workbook };
};

describe('large exports in the background (后台导出)', () => {
  const numbers: string[] = [];

  beforeAll(async () => {
    for (const [i, at] of ['2026-11-20T09:30:00+08:00', '2026-11-21T10:00:00+08:00', '2026-11-22T11:00:00+08:00'].entries()) {
      const created = await as('staff').post('/api/complaints', {
        data: { channel: 'phone', description: '漏水', address: '3栋', residentName: `${marker}${i}`, receivedAt: at },
      });
      expect(created.status).toBe(201);
      numbers.push(created.body.data.number as string);
    }
  });

  it('finishes the export after the requesting client has gone, and lets the user who asked download it', async () => {
    // The request only records the job: it returns (and the client disconnects) before any row is read.
    const started = await as('staff').post(`/api/exports/complaints/jobs?${qs.stringify({ ...search, columns: 'number,residentName' }, { encodeValuesOnly: true })}`);
    expect(started.status).toBe(202);
    expect(started.body.data).toMatchObject({ status: 'queued', label: '客户诉求', url: null });

    const job = await finishedJob('staff', started.body.data.id);
    expect(job).toMatchObject({ status: 'done', rows: 3, url: `/api/exports/jobs/${job.id}/file` });
    const { res, workbook } = await download('staff', job.url!);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(dataRows(workbook.worksheets[0]).map((row) => row[0].value)).toEqual(numbers);
  });

  it('refuses the file to everyone else, as if it did not exist', async () => {
    const started = await as('staff').post(`/api/exports/complaints/jobs?${qs.stringify(search, { encodeValuesOnly: true })}`);
    const job = await finishedJob('staff', started.body.data.id);
    for (const other of ['supervisor', 'director', 'admin', 'dept-head'] as const) {
      expect((await download(other, job.url!)).res.status).toBe(404);
      expect((await jobsOf(other)).map((j) => j.id)).not.toContain(job.id);
    }
    expect((await anonymous().get(job.url!)).status).toBe(403);
    expect((await download('staff', '/api/exports/jobs/no-such-job/file')).res.status).toBe(404);
  });

  it('refuses a background export of a filter on a field the register does not have', async () => {
    const res = await as('staff').post('/api/exports/complaints/jobs?filters[password][$eq]=x');
    expect(res.status).toBe(400);
  });

  it('refuses a background export of a register the user may not read', async () => {
    const res = await as('dept-head').post('/api/exports/archive-destructions/jobs');
    expect(res.status).toBe(403);
  });

  it('takes over a job whose instance died while running it, once the lease has run out', async () => {
    const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'helpers', 'export-job-child.js')], {
      cwd: path.resolve(__dirname, '..', '..', '..'),
      env: {
        ...process.env, USERNAME: 'staff',
        EXPORT_REQUEST: JSON.stringify({ registerKey: 'complaint', query: { filters: search.filters, sort: { field: 'receivedAt', order: 'asc' } }, columns: ['number'], locale: 'zh-CN' }),
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const key = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n').find((l) => l.startsWith('CLAIMED '));
        if (line) resolve(line.slice('CLAIMED '.length).trim());
      });
      child.on('exit', (code) => reject(new Error(`child exited ${code}: ${stderr.slice(-2000)}`)));
    });
    child.kill('SIGKILL');

    const job = await finishedJob('staff', key);
    expect(job).toMatchObject({ status: 'done', rows: 3 });
    const { workbook } = await download('staff', job.url!);
    expect(dataRows(workbook.worksheets[0]).map((row) => row[0].value)).toEqual(numbers);
  });
});
