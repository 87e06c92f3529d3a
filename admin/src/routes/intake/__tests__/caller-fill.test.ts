import { fillFromPhoneMatch, fillFromUnit, phoneToLookUp } from '../caller-fill';

const UNIT = { id: 'u1', code: '3-1-501', ownerName: '任鹏', ownerPhone: '19030499332' };
const OTHER = { id: 'u2', code: '3-1-502', ownerName: '任鹏', ownerPhone: '19030499332' };

describe('when a phone number is looked up', () => {
  it('waits for seven digits', () => {
    expect(phoneToLookUp('190304')).toBeUndefined();
    expect(phoneToLookUp(' 1903049 ')).toBe('1903049');
  });

  it('counts digits only, so a landline with its dash is looked up as typed', () => {
    expect(phoneToLookUp('021-555')).toBeUndefined();
    expect(phoneToLookUp('021-5555000')).toBe('021-5555000');
  });

  it('ignores a value that is not text', () => {
    expect(phoneToLookUp(undefined)).toBeUndefined();
  });
});

describe('what a phone match fills in', () => {
  it('fills the unit and the resident when exactly one unit has that owner phone', () => {
    expect(fillFromPhoneMatch({ values: { residentPhone: '19030499332' }, units: [UNIT] })).toEqual({
      unit: 'u1',
      residentName: '任鹏',
    });
  });

  it('fills nothing when several units share the phone: staff choose', () => {
    expect(fillFromPhoneMatch({ values: {}, units: [UNIT, OTHER] })).toEqual({});
  });

  it('never overwrites a name staff typed', () => {
    expect(fillFromPhoneMatch({ values: { residentName: '任太太' }, units: [UNIT] })).toEqual({ unit: 'u1' });
  });

  it('leaves the unit alone once staff chose one or typed an address', () => {
    expect(fillFromPhoneMatch({ values: { unit: 'u9' }, units: [UNIT] })).toEqual({ residentName: '任鹏' });
    expect(fillFromPhoneMatch({ values: { address: '3号楼底商' }, units: [UNIT] })).toEqual({ residentName: '任鹏' });
  });
});

describe('what choosing a unit fills in', () => {
  it('fills the owner’s name and phone when they are empty', () => {
    expect(fillFromUnit({ values: { residentName: '  ' }, unit: UNIT })).toEqual({ residentName: '任鹏', residentPhone: '19030499332' });
  });

  it('keeps the caller’s own phone and name', () => {
    expect(fillFromUnit({ values: { residentName: '任太太', residentPhone: '13800138000' }, unit: UNIT })).toEqual({});
  });

  it('fills nothing the unit does not know', () => {
    expect(fillFromUnit({ values: {}, unit: { id: 'u3', code: '9-9-999' } })).toEqual({});
  });
});
