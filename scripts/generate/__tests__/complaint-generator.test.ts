import { createRandom } from '../../../cms/src/seed/random';
import { complaintGenerator } from '../registers/complaint';
import type { Reference } from '../types';

const NOW = new Date('2026-11-24T11:30:00Z');
const HOUR = 3_600_000;

const reference: Reference = {
  units: Array.from({ length: 50 }, (_, i) => ({ id: i + 1, code: `1-1-${i + 101}`, ownerName: '王芳', ownerPhone: '13800000000' })),
  departments: ['KF', 'GC', 'AG', 'BJ', 'LH'].map((code, i) => ({ id: i + 1, documentId: `dept${i}`, code })),
  users: [
    { id: 1, name: '王芳', role: 'staff', departmentCode: 'KF' },
    { id: 2, name: '李工', role: 'dept-head', departmentCode: 'GC' },
  ],
};

const make = (seed: number, count: number) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) =>
    complaintGenerator.makeRecord({ random, at: new Date(NOW.getTime() - (i + 1) * 5 * 60_000), now: NOW, reference }),
  );
};

describe('the complaint row factory', () => {
  it('makes the same records from the same seed', () => {
    expect(make(5, 200)).toEqual(make(5, 200));
  });

  it('only uses enum values the register allows', () => {
    const allowed = new Map(complaintGenerator.register.fields.filter((f) => f.options).map((f) => [f.name, f.options!.map((o) => o.value)]));
    for (const record of make(1, 3000)) {
      for (const [field, values] of allowed) {
        const value = record.values[field];
        if (value !== null && value !== undefined) expect(values).toContain(value);
      }
    }
  });

  it('sets a department on dispatched work and a deadline on every record', () => {
    for (const record of make(2, 3000)) {
      expect(record.values.dueAt).toBeInstanceOf(Date);
      expect(record.relations.department !== null).toBe(record.values.dispatchedAt !== null);
      expect(record.relations.unit !== null || record.values.address !== null).toBe(true);
    }
  });

  it('leaves about one record in a hundred open and due within the hour around now', () => {
    const random = createRandom(9);
    const records = Array.from({ length: 20_000 }, () =>
      complaintGenerator.makeRecord({ random, at: new Date(NOW.getTime() - random.next() * 365 * 24 * HOUR), now: NOW, reference }),
    );
    const dueNow = records.filter((r) => {
      const dueAt = (r.values.dueAt as Date).getTime();
      return ['dispatched', 'accepted', 'in_progress'].includes(String(r.values.status)) && Math.abs(dueAt - NOW.getTime()) <= HOUR;
    });
    expect(dueNow.length / records.length).toBeGreaterThan(0.007);
    expect(dueNow.length / records.length).toBeLessThan(0.015);
  });
});
