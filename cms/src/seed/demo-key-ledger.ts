import type { Core, UID } from '@strapi/strapi';
import { archiveCheckRegister, countPeriodOf, keyCountRegister, keyLoanRegister, KEY_COUNT_SUBJECT, type CountPeriod, type RegisterDescription } from '@wuyedesk/contracts';
import { getService, type Actor } from '@wuyedesk/plugin-records';
import { personName, type Random } from './random';
import type { SeededReference } from './reference-data';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const USER_UID = 'plugin::users-permissions.user';

/** 08:00–18:00 Shanghai on the day `daysAgo` (00:00–10:00 UTC), so loans come back before closing. */
const officeTime = (random: Random, daysAgo: number) => {
  const base = new Date(Date.now() - daysAgo * DAY);
  base.setUTCHours(random.int(0, 7), random.int(0, 59), 0, 0);
  return base;
};

/**
 * The key ledger's demo: three months of approved loans (repairs approved by 李工 of 工程部, other
 * purposes by 陈主任), one key out right now, and finished counts — daily, weekly, monthly and
 * last half-year's archive check — one of them with a key missing.
 */
/** `supervisor` does the archive check, which covers confidential files (archive-check.ts). */
export const seedKeyLedger = async (strapi: Core.Strapi, random: Random, ref: SeededReference, staff: Actor, supervisor: Actor) => {
  const records = getService(strapi, 'records');
  const userDocumentId = async (username: string) =>
    ((await strapi.db.query(USER_UID as UID.Schema).findOne({ where: { username }, select: ['documentId'] })) as { documentId: string }).documentId;
  const engineeringHead = await userDocumentId('dept-head');
  const director = await userDocumentId('director');

  const loan = (borrowedAt: Date) => {
    const isRepair = random.chance(0.8);
    return records.create({
      register: keyLoanRegister,
      data: {
        key: random.pick(ref.keys), borrowedAt: borrowedAt.toISOString(), borrower: personName(random),
        borrowerOrganisation: isRepair ? random.pick(['工程部', '电梯维保公司', '消防维保公司']) : random.pick(['装修公司', '业主亲属']),
        ...(isRepair ? { department: ref.departments.GC } : {}),
        purpose: isRepair ? 'repair' : 'other',
        purposeNote: isRepair ? random.pick(['入户检修水管', '更换电表', '消防设施年检']) : random.pick(['业主委托装修进场', '业主委托开门通风']),
        approver: isRepair ? engineeringHead : director,
      },
      actor: staff,
      at: borrowedAt,
    });
  };

  const past = Array.from({ length: 40 }, () => officeTime(random, random.int(1, 90))).sort((a, b) => a.getTime() - b.getTime());
  for (const borrowedAt of past) {
    const created = await loan(borrowedAt);
    const returnedAt = new Date(borrowedAt.getTime() + random.int(1, 6) * HOUR);
    await records.act({
      register: keyLoanRegister, documentId: created.documentId, actionName: 'return',
      input: { returnedBy: '借用人本人' }, actor: staff, at: returnedAt,
    });
  }
  // Out right now: due back at today's closing time.
  await loan(new Date(Date.now() - HOUR));

  const count = async (register: RegisterDescription, kind: string, period: CountPeriod, at: Date, found: (ids: string[]) => string[]) => {
    const span = countPeriodOf(period, at);
    const created = await records.create({
      register, data: { kind }, actor: null, at: span.start,
      system: { slot: `${kind}:${span.key}`, period: span.key, periodStart: span.start.toISOString(), dueAt: new Date(span.end.getTime() - 1).toISOString() },
    });
    const subject = register === keyCountRegister ? KEY_COUNT_SUBJECT : null;
    const itemUid = subject ? 'api::key.key' : 'api::archive.archive';
    const present = (await strapi.db.query(itemUid as UID.Schema).findMany({
      where: subject ? { state: 'in_cabinet' } : { state: 'in_place' },
      select: ['documentId'],
    })) as Array<{ documentId: string }>;
    await records.act({
      register, documentId: created.documentId, actionName: 'complete', actor: subject ? staff : supervisor, at,
      input: { [subject ? 'foundKeys' : 'foundArchives']: found(present.map((p) => p.documentId)) },
    });
  };
  const all = (ids: string[]) => ids;
  for (let daysAgo = 7; daysAgo >= 1; daysAgo--) {
    // The count three days ago missed a key (found again the next day, so later counts are complete).
    await count(keyCountRegister, 'daily', 'day', new Date(Date.now() - daysAgo * DAY), daysAgo === 3 ? (ids) => ids.slice(1) : all);
  }
  for (let weeksAgo = 3; weeksAgo >= 1; weeksAgo--) await count(keyCountRegister, 'weekly', 'week', new Date(Date.now() - weeksAgo * 7 * DAY), all);
  for (let monthsAgo = 2; monthsAgo >= 1; monthsAgo--) await count(keyCountRegister, 'monthly', 'month', new Date(Date.now() - monthsAgo * 31 * DAY), all);
  await count(archiveCheckRegister, 'half_yearly', 'half-year', new Date(Date.now() - 183 * DAY), all);
};
