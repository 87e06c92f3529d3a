import { BUILT_IN_REGISTERS, COMPLAINT_UID } from '@wuyedesk/contracts';
import { indexSpecs } from '../indexes';

describe('indexes derived from the register descriptions', () => {
  const specs = indexSpecs(BUILT_IN_REGISTERS);

  it('keeps record numbers unique in the database itself', () => {
    expect(specs).toContainEqual({ uid: COMPLAINT_UID, fields: ['number'], unique: true });
  });

  it('indexes the open-work list the panel sorts by due time', () => {
    expect(specs).toContainEqual({ uid: COMPLAINT_UID, fields: ['status', 'dueAt'] });
  });

  it('indexes a record’s history by register and record', () => {
    expect(specs).toContainEqual({ uid: 'plugin::records.step', fields: ['register', 'recordId', 'at'] });
  });

  it('never asks for the same index twice', () => {
    const keys = specs.map((s) => `${s.uid}:${s.fields.join(',')}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
