import { repairOrderRegister } from '@wuyedesk/contracts';
import { handlingDue } from '../handling-due';
import { handlingLife, isResolved } from '../handling-life';
import { LATE_REASONS, MATERIALS, REPAIR_RESOLUTIONS, REPAIR_TEMPLATES, TECHNICIANS, VOID_REASONS } from '../texts';
import type { RegisterGenerator } from '../types';
import { assigneeIn, atMost, CHANNELS, departmentByCode, DUE_NOW_RATE, dueAboutNow, recorderOf, residentOf } from './shared';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** docs/deadlines.md §2.3: 2 h / 24 h / 1 week; 重大 repairs get a deadline set by the manager. */
const URGENCIES = ['urgent', 'urgent', 'general', 'general', 'general', 'general', 'general', 'major', 'major', 'critical'];
const PAUSE_REASONS = ['resident_absent', 'resident_absent', 'waiting_parts', 'other'];

export const repairOrderGenerator: RegisterGenerator = {
  register: repairOrderRegister,
  makeRecord: ({ random, at, now, reference }) => {
    const template = random.pick(REPAIR_TEMPLATES);
    const resident = residentOf(random, reference);
    const isDueNow = random.chance(DUE_NOW_RATE);
    const urgency = isDueNow ? 'critical' : random.pick(URGENCIES);
    const handling = handlingDue({ register: 'repair-order', record: { urgency }, at });
    const setByManager =
      isDueNow ? dueAboutNow(random, at, now) : handling.kind === 'from-field' ? new Date(at.getTime() + random.int(14, 45) * DAY) : null;
    const dueAt = setByManager ?? (handling.kind === 'computed' ? handling.dueAt : at);
    const life = handlingLife({ random, receivedAt: at, now, dueAt, keepOpen: isDueNow });
    // Work waiting for a resident or parts: its deadline clock stops (deadlines plugin).
    const isPaused = life.status === 'in_progress' && random.chance(0.15);
    const startedAt = life.stamps.startedAt?.getTime() ?? 0;
    const pausedAt = isPaused ? atMost(startedAt + random.int(10, 240) * MINUTE, now) : null;
    const department = life.reached > 0 ? departmentByCode(reference, 'GC', random) : null;
    const assignee = life.reached > 1 ? assigneeIn(random, reference, department) : null;
    const recordedBy = recorderOf(random, reference);
    const resolved = isResolved(life);
    const resolvedAt = life.stamps.resolvedAt?.getTime() ?? 0;
    const isConfirmed = life.status === 'closed' && random.chance(0.9);
    return {
      values: {
        // Spelled out, not spread: a spread ahead of ~30 keys makes V8 build this object ~400× slower.
        residentName: resident.name,
        residentPhone: resident.phone,
        address: resident.address,
        channel: random.pick(CHANNELS),
        description: template.text,
        location: template.location,
        category: template.category,
        urgency,
        status: isPaused ? 'paused' : life.status,
        dispatchedAt: life.stamps.dispatchedAt ?? null,
        acceptedAt: life.stamps.acceptedAt ?? null,
        startedAt: life.stamps.startedAt ?? null,
        resolvedAt: life.stamps.resolvedAt ?? null,
        closedAt: life.stamps.closedAt ?? null,
        voidedAt: life.stamps.voidedAt ?? null,
        pausedAt,
        pauseReason: isPaused ? random.pick(PAUSE_REASONS) : null,
        resolution: resolved ? random.pick(REPAIR_RESOLUTIONS) : null,
        // While paused the deadline clock has no due time, so neither has the record (deadlines plugin).
        dueAt: isPaused ? null : life.dueAt,
        managerDueAt: setByManager,
        managerDueSetBy: setByManager ? '陈主任' : null,
        lateReason: resolved && resolvedAt > life.dueAt.getTime() && random.chance(0.5) ? random.pick(LATE_REASONS) : null,
        customerNotifiedAt: resolved && random.chance(0.4) ? atMost(resolvedAt + random.int(10, 120) * MINUTE, now) : null,
        voidReason: life.status === 'void' ? random.pick(VOID_REASONS) : null,
        technician: life.reached > 1 ? random.pick(TECHNICIANS) : null,
        materials: resolved ? random.pick(MATERIALS) : null,
        labourHours: resolved ? random.int(1, 16) / 2 : null,
        fee: resolved && random.chance(0.3) ? random.int(2, 60) * 10 : null,
        residentConfirmed: isConfirmed,
        confirmedAt: isConfirmed ? atMost(resolvedAt + random.int(30, 600) * MINUTE, now) : null,
      },
      relations: {
        unit: resident.unit?.id ?? null,
        department: department?.id ?? null,
        assignee: assignee?.id ?? null,
        receivedBy: recordedBy?.id ?? null,
      },
      recordedBy,
      updatedAt: pausedAt ?? life.lastChangeAt,
    };
  },
};
