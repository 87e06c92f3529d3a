import { searchTerms } from '../services/search';

describe('what the quick search looks for', () => {
  it('looks for the text as typed, lower-cased like $containsi', () => {
    expect(searchTerms('  王晓明 ')).toEqual(['王晓明']);
    expect(searchTerms('C-2026')).toEqual(['c-2026']);
  });

  it('also looks for the digits of something typed like a phone number, without the country code', () => {
    expect(searchTerms('138 0013-8000')).toEqual(['138 0013-8000', '13800138000']);
    expect(searchTerms('+86 139 0000 4321')).toEqual(['+86 139 0000 4321', '13900004321']);
    expect(searchTerms('8613900004321')).toEqual(['8613900004321', '13900004321']);
    expect(searchTerms('4321')).toEqual(['4321']);
  });

  it('keeps a short number that merely starts with 86', () => {
    expect(searchTerms('8601')).toEqual(['8601']);
  });

  it('looks for nothing when nothing was typed', () => {
    expect(searchTerms('   ')).toEqual([]);
  });
});
