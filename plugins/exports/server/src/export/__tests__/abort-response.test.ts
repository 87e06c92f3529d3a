import http from 'http';
import type { AddressInfo } from 'net';
import { PassThrough } from 'stream';
import { abortResponse } from '../abort-response';

/** A download as the panel sees it: bytes until the end, or the error that cut it off. */
const download = (port: number) =>
  new Promise<{ bytes: number; error?: string }>((resolve) => {
    let bytes = 0;
    http.get({ host: '127.0.0.1', port, path: '/' }, (res) => {
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ bytes }));
      res.on('error', (error) => resolve({ bytes, error: error.message }));
      res.on('aborted', () => resolve({ bytes, error: 'aborted' }));
    }).on('error', (error) => resolve({ bytes, error: error.message }));
  });

describe('an export that fails after its first bytes', () => {
  it('ends as a broken download at once instead of hanging', async () => {
    const server = http.createServer((_, res) => {
      const body = new PassThrough();
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      body.pipe(res);
      body.write(Buffer.alloc(49));
      setTimeout(() => abortResponse(res, body), 50);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const started = Date.now();
      const result = await download((server.address() as AddressInfo).port);
      expect(result.error).toBeDefined();
      expect(result.bytes).toBe(49);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      server.close();
    }
  });
});
