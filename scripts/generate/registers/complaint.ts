import { complaintRegister } from '@wuyedesk/contracts';
import { handlingDue } from '../handling-due';
import { handlingLife, isResolved } from '../handling-life';
import { COMPLAINT_TEMPLATES, LATE_REASONS, RESOLUTIONS, VOID_REASONS } from '../texts';
import type { RegisterGenerator } from '../types';
import { assigneeIn, atMost, CHANNELS, departmentByCode, DUE_NOW_RATE, dueAboutNow, recorderOf, residentOf } from './shared';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** docs/deadlines.md §2.2: 30 min / 3 h / 3 days; 特别复杂 is agreed with the resident case by case. */
const COMPLEXITIES = ['general', 'general', 'general', 'general', 'general', 'fairly_complex', 'fairly_complex', 'fairly_complex', 'complex', 'very_complex'];
const CAUSES = ['facility', 'service_quality', 'delay', 'charges', 'neighbour', 'management', 'other'];

export const complaintGenerator: RegisterGenerator = {
  register: complaintRegister,
  makeRecord: ({ random, at, now, reference }) => {
    const template = random.pick(COMPLAINT_TEMPLATES);
    const resident = residentOf(random, reference);
    const isDueNow = random.chance(DUE_NOW_RATE);
    const complexity = isDueNow ? 'very_complex' : random.pick(COMPLEXITIES);
    const handling = handlingDue({ register: 'complaint', record: { complexity }, at });
    const agreedDueAt =
      isDueNow ? dueAboutNow(random, at, now) : handling.kind === 'from-field' ? new Date(at.getTime() + random.int(5, 20) * DAY) : null;
    const dueAt = agreedDueAt ?? (handling.kind === 'computed' ? handling.dueAt : at);
    const life = handlingLife({ random, receivedAt: at, now, dueAt, keepOpen: isDueNow });
    const department = life.reached > 0 ? departmentByCode(reference, template.dept, random) : null;
    const assignee = life.reached > 1 ? assigneeIn(random, reference, department) : null;
    const recordedBy = recorderOf(random, reference);
    const resolved = isResolved(life);
    const resolvedAt = life.stamps.resolvedAt?.getTime() ?? 0;
    return {
      values: {
        // Spelled out, not spread: a spread ahead of ~30 keys makes V8 build this object ~400× slower.
        residentName: resident.name,
        residentPhone: resident.phone,
        address: resident.address,
        channel: random.pick(CHANNELS),
        description: template.text,
        kind: template.kind,
        category: template.category,
        complexity,
        cause: resolved && template.kind === 'complaint' ? random.pick(CAUSES) : null,
        status: life.status,
        dispatchedAt: life.stamps.dispatchedAt ?? null,
        acceptedAt: life.stamps.acceptedAt ?? null,
        startedAt: life.stamps.startedAt ?? null,
        resolvedAt: life.stamps.resolvedAt ?? null,
        closedAt: life.stamps.closedAt ?? null,
        voidedAt: life.stamps.voidedAt ?? null,
        resolution: resolved ? random.pick(RESOLUTIONS) : null,
        dueAt: life.dueAt,
        lateReason: resolved && resolvedAt > life.dueAt.getTime() && random.chance(0.5) ? random.pick(LATE_REASONS) : null,
        customerNotifiedAt: resolved && random.chance(0.6) ? atMost(resolvedAt + random.int(10, 120) * MINUTE, now) : null,
        voidReason: life.status === 'void' ? random.pick(VOID_REASONS) : null,
        agreedDueAt,
        agreedWith: agreedDueAt ? resident.name : null,
      },
      relations: {
        unit: resident.unit?.id ?? null,
        department: department?.id ?? null,
        assignee: assignee?.id ?? null,
        receivedBy: recordedBy?.id ?? null,
      },
      recordedBy,
      updatedAt: life.lastChangeAt,
    };
  },
};
