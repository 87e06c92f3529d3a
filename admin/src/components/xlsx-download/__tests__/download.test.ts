import { DownloadInterrupted, downloadFile, fileNameOf, formatBytes } from '../download';

describe('the downloaded file', () => {
  it('takes the Chinese file name the server put in Content-Disposition', () => {
    const header = `attachment; filename="_____-20261124-1530.xlsx"; filename*=UTF-8''${encodeURIComponent('客户诉求-20261124-1530.xlsx')}`;
    expect(fileNameOf(header, 'complaints.xlsx')).toBe('客户诉求-20261124-1530.xlsx');
  });

  it('falls back to the plain name, then to the given one', () => {
    expect(fileNameOf('attachment; filename="report.xlsx"', 'x.xlsx')).toBe('report.xlsx');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
  });

  it('shows received bytes readably', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});

describe('a download the server breaks off', () => {
  const brokenResponse = () => {
    let reads = 0;
    const reader = {
      read: async () => {
        reads += 1;
        if (reads === 1) return { done: false, value: new Uint8Array(49) };
        throw new TypeError('network error');
      },
    };
    return { ok: true, status: 200, body: { getReader: () => reader }, headers: { get: () => null } };
  };

  it('fails as interrupted, not as a file, when the connection is cut mid-file', async () => {
    const fetchMock = jest.fn(async () => brokenResponse());
    const original = globalThis.fetch;
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    try {
      const progress: number[] = [];
      await expect(
        downloadFile({ url: '/x', token: null, locale: 'zh-CN', signal: new AbortController().signal, onProgress: (p) => progress.push(p.bytes), fallbackName: 'x.xlsx' }),
      ).rejects.toBeInstanceOf(DownloadInterrupted);
      expect(progress).toEqual([49]);
    } finally {
      globalThis.fetch = original;
    }
  });
});
