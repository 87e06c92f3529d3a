import { fileNameOf, formatBytes } from '../download';

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
