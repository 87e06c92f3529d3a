import { anonymous, as, departmentByCode, type DemoUser } from '../../helpers/api';
import { newArchive, requestAccess } from '../../helpers/archives';
import { fetchFile, isPng, PNG, postUpload, storedName, uploadFile, type UploadedFile } from '../../helpers/files';
import { linkKey, signedPath } from '../../../../plugins/files/server/src/signing';

const ROLES: DemoUser[] = ['staff', 'dept-head', 'supervisor', 'director', 'admin'];
const SECRET_PURPOSE = '核查机密档案借阅目的-甲';
const SECRET_REQUESTER = '机密申请人乙';
const LETTER = Buffer.from('介绍信：兹介绍我所律师前来查阅机密档案。');

/** A 机密 archive's loan, registered by the supervisor (cleared) with a letter of introduction. */
const confidentialLoan = async () => {
  const archive = await newArchive('confidential');
  const letter = await uploadFile('supervisor', { content: LETTER, filename: 'letter.txt', contentType: 'text/plain' });
  const loan = await requestAccess(
    archive,
    'read',
    {
      requesterType: 'external',
      requester: SECRET_REQUESTER,
      requesterPhone: '13911112222',
      organisation: '某律师事务所',
      purpose: SECRET_PURPOSE,
      introductionLetter: [letter.id],
    },
    'supervisor',
  );
  return { loan, letter };
};

/** A complaint with a photo, dispatched to a department. */
const complaintWithPhoto = async (departmentCode: string) => {
  const photo = await uploadFile('staff');
  const created = await as('staff').post('/api/complaints', {
    data: { channel: 'phone', residentName: '黄磊', description: `漏水，交给${departmentCode}`, address: '1栋', photos: [photo.id] },
  });
  expect(created.status).toBe(201);
  const department = await departmentByCode(departmentCode);
  const dispatched = await as('staff').post(`/api/complaints/${created.body.data.documentId}/actions/dispatch`, {
    data: { department: department.documentId },
  });
  expect(dispatched.status).toBe(200);
  return { documentId: created.body.data.documentId as string, photo };
};

const photoUrlAs = async (user: DemoUser, documentId: string) => {
  const res = await as(user).get(`/api/complaints/${documentId}?populate=photos`);
  return { status: res.status, url: res.body.data?.photos?.[0]?.url as string | undefined };
};

describe('the upload plugin’s own API shows no file to anyone (no side door past 机密 or the row scope)', () => {
  let loan: { documentId: string };
  let letter: UploadedFile;
  beforeAll(async () => {
    ({ loan, letter } = await confidentialLoan());
  });

  it('hides the 机密 loan from staff in the register itself', async () => {
    expect((await as('staff').get(`/api/archive-loans/${loan.documentId}`)).status).toBe(404);
  });

  it.each(ROLES)('gives %s no file list, with or without the related records', async (user) => {
    for (const url of ['/api/upload/files?populate=related', '/api/upload/files', '/api/upload/files/page?populate=related']) {
      const res = await as(user).get(url);
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain(SECRET_PURPOSE);
      expect(JSON.stringify(res.body)).not.toContain(SECRET_REQUESTER);
    }
  });

  it.each(ROLES)('gives %s no file by id', async (user) => {
    const res = await as(user).get(`/api/upload/files/${letter.id}?populate=related`);
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain(SECRET_PURPOSE);
  });

  it('lets no one delete a file by id: the letter stays with its record', async () => {
    // 405: the path is known to the router for GET (the panel's pages), no route answers DELETE.
    expect([404, 405]).toContain((await as('admin').delete(`/api/upload/files/${letter.id}`)).status);
    const shown = await as('supervisor').get(`/api/archive-loans/${loan.documentId}?populate=introductionLetter`);
    const file = await fetchFile(shown.body.data.introductionLetter[0].url);
    expect(file.status).toBe(200);
    expect(file.body).toEqual(LETTER);
  });

  it('refuses to replace a file by id, in the user’s language, and the stored file is unchanged', async () => {
    const replaced = await postUpload('staff', { query: `?id=${letter.id}`, content: Buffer.from('伪造的介绍信'), filename: 'letter.txt', contentType: 'text/plain' });
    expect(replaced.status).toBe(400);
    expect(replaced.body.error).toMatchObject({ message: '已上传的文件不能替换或修改，请上传新文件', details: { code: 'UPLOAD_REPLACE_NOT_ALLOWED' } });
    const renamed = await postUpload('staff', { query: `?id=${letter.id}`, headers: { 'Accept-Language': 'en' } });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.message).toBe('An uploaded file cannot be replaced or changed; upload a new file');
    const shown = await as('supervisor').get(`/api/archive-loans/${loan.documentId}?populate=introductionLetter`);
    expect(shown.body.data.introductionLetter[0]).toMatchObject({ id: letter.id, name: 'letter.txt' });
    expect((await fetchFile(shown.body.data.introductionLetter[0].url)).body).toEqual(LETTER);
  });

  it('refuses to attach an upload to a record by ref/refId, naming the fields, and attaches nothing', async () => {
    const res = await postUpload('staff', {
      fields: { ref: 'api::archive-loan.archive-loan', refId: '1', field: 'introductionLetter' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      message: '上传时不能指定 ref、refId、field：文件通过记录的表单附加',
      details: { code: 'UPLOAD_FIELD_NOT_ALLOWED', fields: ['ref', 'refId', 'field'] },
    });
    const shown = await as('supervisor').get(`/api/archive-loans/${loan.documentId}?populate=introductionLetter`);
    expect(shown.body.data.introductionLetter.map((f: { id: number }) => f.id)).toEqual([letter.id]);
  });

  it('shows the letter to the supervisor, who is cleared for 机密, through a signed link', async () => {
    const shown = await as('supervisor').get(`/api/archive-loans/${loan.documentId}?populate=introductionLetter`);
    expect(shown.body.data.introductionLetter[0].url).toMatch(/^\/api\/files\/[^?]+\?expires=\d+&signature=[\w-]+$/);
    const file = await fetchFile(shown.body.data.introductionLetter[0].url);
    expect(file.status).toBe(200);
    expect(file.body).toEqual(LETTER);
  });
});

describe('a file is served only through a link the server signed', () => {
  it('takes no upload without a login', async () => {
    const res = await anonymous().post('/api/upload').attach('files', PNG, { filename: 'x.png', contentType: 'image/png' });
    expect(res.status).toBe(403);
  });

  it('answers an upload with a signed link that shows the file to the uploader, without a login header', async () => {
    const photo = await uploadFile('staff');
    expect(photo.url).toMatch(/^\/api\/files\//);
    const res = await fetchFile(photo.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toBe('inline');
    expect(isPng(res.body)).toBe(true);
  });

  it('serves an uploaded page (HTML, SVG) only as a sandboxed download, so it runs no script on the panel’s origin', async () => {
    for (const [filename, contentType] of [['page.html', 'text/html'], ['drawing.svg', 'image/svg+xml']]) {
      const uploaded = await postUpload('staff', { content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), filename, contentType });
      expect(uploaded.status).toBe(201);
      const res = await fetchFile(uploaded.body[0].url);
      expect([filename, res.headers['content-disposition']]).toEqual([filename, expect.stringMatching(/^attachment/)]);
      expect(res.headers['content-security-policy']).toContain('sandbox');
    }
  });

  it('serves nothing anonymously under /uploads, however the path is written', async () => {
    const content = `住户身份证复印件 ${Date.now()}`;
    const file = await uploadFile('staff', { content: Buffer.from(content), filename: 'id-card.txt', contentType: 'text/plain' });
    const name = storedName(file.url);
    expect((await fetchFile(`/uploads/${name}`)).status).toBe(404);
    // Other spellings reach the panel's page at most (index.html), never the file.
    for (const path of [`/uploads/${name}`, `/%75ploads/${name}`, `/UPLOADS/${name}`, `/x/../uploads/${name}`, `//uploads/${name}`, `/api/../uploads/${name}`]) {
      const res = await fetchFile(path);
      expect([path, res.body.toString('utf8').includes(content)]).toEqual([path, false]);
    }
    expect((await fetchFile(file.url)).body.toString('utf8')).toBe(content);
  });

  it('refuses the file without a signature, or with one that was altered', async () => {
    const photo = await uploadFile('staff');
    const other = await uploadFile('staff');
    const url = new URL(photo.url, 'http://x');
    const signature = url.searchParams.get('signature') as string;
    const expires = Number(url.searchParams.get('expires'));
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const attempts = [
      url.pathname,
      `${url.pathname}?expires=${expires}`,
      `${url.pathname}?expires=${expires}&signature=${flipped}`,
      `${url.pathname}?expires=${expires + 86400}&signature=${signature}`,
      `/api/files/${encodeURIComponent(storedName(other.url))}?expires=${expires}&signature=${signature}`,
    ];
    for (const attempt of attempts) {
      const res = await anonymous().get(attempt);
      expect([attempt, res.status, res.body.error?.details?.code]).toEqual([attempt, 403, 'FILE_LINK_INVALID']);
    }
    const zh = await anonymous().get(url.pathname);
    expect(zh.body.error.message).toBe('文件链接无效，请刷新页面后重试');
  });

  it('refuses an expired link even with a valid signature, in the user’s language', async () => {
    const photo = await uploadFile('staff');
    const key = linkKey(process.env.FILE_URL_SECRET as string);
    const expired = signedPath({ name: storedName(photo.url), key, ttlSeconds: 60, now: Date.now() - 3_600_000 });
    const res = await anonymous().get(expired).set('Accept-Language', 'en');
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      message: 'This file link has expired; reload the page and try again',
      details: { code: 'FILE_LINK_EXPIRED' },
    });
    const fresh = signedPath({ name: storedName(photo.url), key, ttlSeconds: 60, now: Date.now() });
    expect(isPng((await fetchFile(fresh)).body)).toBe(true);
  });
});

describe('a record’s files follow the record’s row scope', () => {
  let own: { documentId: string; photo: UploadedFile };
  let other: { documentId: string; photo: UploadedFile };
  beforeAll(async () => {
    own = await complaintWithPhoto('GC');
    other = await complaintWithPhoto('BJ');
  });

  it('shows a department head the photo of their own department’s complaint', async () => {
    const { status, url } = await photoUrlAs('dept-head', own.documentId);
    expect(status).toBe(200);
    const file = await fetchFile(url as string);
    expect(file.status).toBe(200);
    expect(isPng(file.body)).toBe(true);
  });

  it('gives a department head no link to the photo of another department’s complaint', async () => {
    expect((await photoUrlAs('dept-head', other.documentId)).status).toBe(404);
    const list = await as('dept-head').get('/api/complaints?populate=photos&pagination[pageSize]=100');
    expect(JSON.stringify(list.body)).not.toContain(storedName(other.photo.url));
    expect((await as('dept-head').get(`/api/upload/files/${other.photo.id}`)).status).toBe(404);
  });

  it('shows staff, who see every department, both photos', async () => {
    for (const complaint of [own, other]) {
      const { url } = await photoUrlAs('staff', complaint.documentId);
      expect((await fetchFile(url as string)).status).toBe(200);
    }
  });
});

describe('a record takes only files already on it or the writer’s own fresh uploads', () => {
  const newComplaint = (photos: number[], headers: Record<string, string> = {}) =>
    as('staff', headers).post('/api/complaints', {
      data: { channel: 'phone', residentName: '黄磊', description: '楼道灯不亮', address: '2栋', photos },
    });

  it('refuses the 机密 loan’s letter on a complaint staff may read, naming the field, and writes nothing', async () => {
    const { letter } = await confidentialLoan();
    const before = await as('staff').get('/api/complaints?pagination[pageSize]=1');
    const res = await newComplaint([letter.id]);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ message: '只能附加您本人刚上传的文件', details: { code: 'FILE_NOT_ATTACHABLE' } });
    expect(res.body.error.details.errors).toEqual([expect.objectContaining({ path: ['photos'], code: 'FILE_NOT_ATTACHABLE' })]);
    const after = await as('staff').get('/api/complaints?pagination[pageSize]=1');
    expect(after.body.meta.pagination.total).toBe(before.body.meta.pagination.total);
  });

  it('refuses a colleague’s upload, in English when asked', async () => {
    const theirs = await uploadFile('dept-head');
    const res = await newComplaint([theirs.id], { 'Accept-Language': 'en' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Only a file you have just uploaded yourself can be attached');
  });

  it('refuses a photo already on another record, even the writer’s own', async () => {
    const photo = await uploadFile('staff');
    expect((await newComplaint([photo.id])).status).toBe(201);
    expect((await newComplaint([photo.id])).status).toBe(400);
  });

  it('keeps a record’s own photo through an edit and adds a fresh upload beside it', async () => {
    const first = await uploadFile('staff');
    const created = await newComplaint([first.id]);
    const second = await uploadFile('staff');
    const res = await as('staff').put(`/api/complaints/${created.body.data.documentId}?populate=photos`, {
      data: { photos: [first.id, second.id] },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.photos.map((p: { id: number }) => p.id)).toEqual([first.id, second.id]);
  });
});
