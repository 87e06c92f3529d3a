import type { Core } from '@strapi/strapi';
import {
  complaintRegister,
  repairOrderRegister,
  type RegisterDescription,
} from '@wuyedesk/contracts';
import { getService, type Actor } from '@wuyedesk/plugin-records';
import { callBackBeforeClosing } from './demo-callbacks';
import { seedKeyLedger } from './demo-key-ledger';
import type { Random } from './random';
import { COMPLAINT_TEMPLATES, REPAIR_TEMPLATES } from './texts';
import type { SeededReference } from './reference-data';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface Actors {
  staff: Actor;
  deptHead: Actor;
  supervisor: Actor;
}

const officeTime = (random: Random, daysAgo: number) => {
  const base = new Date(Date.now() - daysAgo * DAY);
  // 08:00–20:00 Shanghai = 00:00–12:00 UTC.
  base.setUTCHours(random.int(0, 11), random.int(0, 59), random.int(0, 59), 0);
  // Today's office hours may not have come yet: a report is never received in the future.
  const latest = Date.now() - 5 * MINUTE;
  return base.getTime() > latest ? new Date(latest) : base;
};

/** Replays a record's life with plausible timings, so lists, history and statistics look real. */
const replay = async (
  strapi: Core.Strapi,
  register: RegisterDescription,
  steps: Array<{ action: string; actor: Actor; after: number; input?: Record<string, unknown> }>,
  documentId: string,
  start: Date,
  callers?: { random: Random; actors: Actors },
) => {
  let at = start.getTime();
  let record: Record<string, unknown> | null = null;
  for (const step of steps) {
    at += step.after;
    if (at > Date.now()) return;
    // A record that needs a 回访 is closed by recording it (callbacks plugin).
    if (callers && step.action === 'close' && (await callBackBeforeClosing({ strapi, register, documentId, at: new Date(at), ...callers }))) return;
    // Closing after the deadline needs a reason (deadlines plugin), as at a real desk.
    const late = step.action === 'close' && record?.dueAt && String(record.resolvedAt) > String(record.dueAt);
    record = await getService(strapi, 'records').act({
      register, documentId, actionName: step.action, actor: step.actor, at: new Date(at),
      input: { ...(step.input ?? {}), ...(late ? { lateReason: '部门当日人手不足，已向住户说明并致歉' } : {}) },
    });
  }
};

const handlingSteps = (random: Random, actors: Actors, handler: Actor, deptId: string, resolution: string, age: number) => {
  const steps = [
    { action: 'dispatch', actor: actors.staff, after: random.int(3, 25) * MINUTE, input: { department: deptId } },
    { action: 'accept', actor: handler, after: random.int(5, 60) * MINUTE },
    { action: 'start', actor: handler, after: random.int(5, 90) * MINUTE },
    { action: 'resolve', actor: handler, after: random.chance(0.8) ? random.int(20, 170) * MINUTE : random.int(1, 5) * DAY, input: { resolution } },
    { action: 'close', actor: actors.staff, after: random.int(1, 6) * DAY },
  ];
  // Recent work is still open somewhere along the way.
  const reach = age < 2 ? random.int(0, 3) : age < 10 ? random.int(2, 5) : random.chance(0.9) ? 5 : random.int(1, 4);
  return steps.slice(0, reach);
};

export const seedDemoRecords = async (strapi: Core.Strapi, random: Random, ref: SeededReference, actors: Actors) => {
  const records = getService(strapi, 'records');
  const handlerFor = (dept: string) => (dept === 'GC' ? actors.deptHead : actors.supervisor);

  // Oldest first, so each day's numbers follow the clock as they do at a real desk.
  const intakeTimes = (count: number) =>
    Array.from({ length: count }, () => {
      const age = random.int(0, 120);
      return { age, receivedAt: officeTime(random, age) };
    }).sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());

  for (const { age, receivedAt } of intakeTimes(220)) {
    const template = random.pick(COMPLAINT_TEMPLATES);
    const unit = random.pick(ref.units);
    const created = await records.create({
      register: complaintRegister,
      data: {
        receivedAt: receivedAt.toISOString(),
        channel: random.pick(['phone', 'phone', 'phone', 'visit', 'online', 'letter', 'patrol']),
        residentName: unit.ownerName, residentPhone: unit.ownerPhone, unit: unit.documentId,
        kind: template.kind, category: template.category, description: template.text,
        complexity: random.pick(['general', 'general', 'general', 'fairly_complex', 'fairly_complex', 'complex']),
      },
      actor: actors.staff,
      at: receivedAt,
    });
    if (random.chance(0.03)) {
      await records.act({ register: complaintRegister, documentId: created.documentId, actionName: 'void', input: { voidReason: '重复登记' }, actor: actors.supervisor, at: new Date(receivedAt.getTime() + 10 * MINUTE) });
      continue;
    }
    const steps = handlingSteps(random, actors, handlerFor(template.dept), ref.departments[template.dept], '已现场处理，住户认可', age);
    await replay(strapi, complaintRegister, steps, created.documentId, receivedAt, { random, actors });
  }

  for (const { age, receivedAt } of intakeTimes(140)) {
    const template = random.pick(REPAIR_TEMPLATES);
    const unit = random.pick(ref.units);
    const created = await records.create({
      register: repairOrderRegister,
      data: {
        receivedAt: receivedAt.toISOString(), channel: random.pick(['phone', 'phone', 'visit', 'online']),
        residentName: unit.ownerName, residentPhone: unit.ownerPhone, unit: unit.documentId,
        description: template.text, location: template.location, category: template.category,
        urgency: random.pick(['urgent', 'general', 'general', 'general', 'major']),
      },
      actor: actors.staff,
      at: receivedAt,
    });
    const steps = handlingSteps(random, actors, actors.deptHead, ref.departments.GC, '已更换配件，试用正常', age);
    await replay(strapi, repairOrderRegister, steps, created.documentId, receivedAt, { random, actors });
  }

  await seedKeyLedger(strapi, random, ref, actors.staff, actors.supervisor);
};
