import request from 'supertest';
import { login, type DemoUser } from './api';

/** A 1×1 PNG: a photo as the panel uploads it. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Strapi re-encodes uploaded images (size optimisation): a served photo is a PNG, not the same bytes. */
export const isPng = (body: Buffer) => body.subarray(0, 8).equals(PNG.subarray(0, 8));

export interface UploadedFile {
  id: number;
  name: string;
  url: string;
  mime: string;
}

/** POST /api/upload as the panel does (multipart `files`), with optional extra fields and query. */
export const postUpload = async (
  user: DemoUser,
  { content = PNG, filename = 'photo.png', contentType = 'image/png', fields = {}, query = '', headers = {} }: {
    content?: Buffer;
    filename?: string;
    contentType?: string;
    fields?: Record<string, string>;
    query?: string;
    headers?: Record<string, string>;
  } = {},
) => {
  const token = await login(user);
  let req = request(process.env.WUYEDESK_TEST_URL as string)
    .post(`/api/upload${query}`)
    .set({ ...headers, Authorization: `Bearer ${token}` });
  for (const [key, value] of Object.entries(fields)) req = req.field(key, value);
  return req.attach('files', content, { filename, contentType });
};

export const uploadFile = async (user: DemoUser, options: Parameters<typeof postUpload>[1] = {}): Promise<UploadedFile> => {
  const res = await postUpload(user, options);
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body[0] as UploadedFile;
};

/** GET a file URL as a browser's `<img src>` would: no Authorization header; the body as bytes. */
export const fetchFile = (url: string, headers: Record<string, string> = {}) =>
  request(process.env.WUYEDESK_TEST_URL as string)
    .get(url)
    .set(headers)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

/** The stored name a signed link points at (`/api/files/<name>?…`). */
export const storedName = (url: string) => decodeURIComponent(new URL(url, 'http://x').pathname.split('/').pop() as string);
