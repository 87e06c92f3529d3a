import { sheetName } from '../xlsx/sheet-name';

describe('sheetName', () => {
  it('replaces the characters Excel refuses in a sheet name and keeps it to 31 characters', () => {
    expect(sheetName('档案查阅/借阅登记')).toBe('档案查阅、借阅登记');
    expect(sheetName('a*b?c:d\\e[f]g')).toBe('a、b、c、d、e、f、g');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('')).toBe('Sheet1');
  });
});
