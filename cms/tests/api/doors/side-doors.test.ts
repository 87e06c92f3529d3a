import { anonymous, as, firstOf } from '../../helpers/api';
import { newComplaint } from '../../helpers/deadlines';

const COMPLAINT_UID = 'api::complaint.complaint';
const UNIT_UID = 'api::unit.unit';
const REFUSED = 'RECORDS_CORE_ONLY';

const historyOf = async (documentId: string) => (await as('staff').get(`/api/complaints/${documentId}/history`)).body.data as unknown[];

/** Tries a write through every Strapi path a plugin could take (tests-only probe in the records plugin). */
const sideDoors = async (uid: string, documentId: string, data: Record<string, unknown>) => {
  const res = await anonymous().post('/api/records/test/side-doors').send({ uid, documentId, data });
  expect(res.status).toBe(200);
  return res.body.data as Record<string, string>;
};

describe('one door for writes: register data changes only through the records core', () => {
  it('still creates, edits and moves a complaint through REST, with every step in the history', async () => {
    const complaint = await newComplaint({ description: '正门门禁失灵' });
    const edited = await as('staff').put(`/api/complaints/${complaint.documentId}`, { data: { description: '正门门禁时好时坏' } });
    expect(edited.status).toBe(200);
    expect((await historyOf(complaint.documentId)).length).toBe(2);
  });

  it('refuses a plugin writing a complaint through the document service, the entity service or the query engine', async () => {
    const complaint = await newComplaint({ description: '电梯异响' });
    const before = (await as('staff').get(`/api/complaints/${complaint.documentId}`)).body.data;
    const steps = await historyOf(complaint.documentId);

    const outcome = await sideDoors(COMPLAINT_UID, complaint.documentId, { description: '被悄悄改掉' });

    expect(outcome).toEqual({
      documentCreate: REFUSED,
      documentUpdate: REFUSED,
      documentDelete: REFUSED,
      entityCreate: REFUSED,
      entityUpdate: REFUSED,
      entityDelete: REFUSED,
      queryCreate: REFUSED,
      queryUpdate: REFUSED,
      queryUpdateMany: REFUSED,
      queryDelete: REFUSED,
      queryDeleteMany: REFUSED,
    });
    const after = (await as('staff').get(`/api/complaints/${complaint.documentId}`)).body.data;
    expect(after).toEqual(before);
    expect(await historyOf(complaint.documentId)).toEqual(steps);
  });

  it('guards reference registers too: a unit cannot be rewritten around the core', async () => {
    const unit = await firstOf('units');
    const outcome = await sideDoors(UNIT_UID, unit.documentId, { ownerName: '冒名顶替' });
    expect(new Set(Object.values(outcome))).toEqual(new Set([REFUSED]));
    const after = (await as('admin').get(`/api/units/${unit.documentId}`)).body.data;
    expect(after.ownerName).toBe(unit.ownerName);
  });
});
