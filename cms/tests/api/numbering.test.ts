import { as } from '../helpers/api';

describe('record numbers staff read out on the phone', () => {
  it('gives 50 concurrent creates 50 distinct, consecutive numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        as('staff').post('/api/repair-orders', {
          data: { channel: 'phone', residentName: `住户${i}`, description: '并发测试', address: '8栋' },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const sequences = results.map((r) => Number(String(r.body.data.number).split('-')[2])).sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(50);
    expect(sequences[49] - sequences[0]).toBe(49);
  });
});
