import type { Core } from '@strapi/strapi';
import type { OverdueDepartment, OverdueList, OverdueRecord, RegisterDescription } from '@wuyedesk/contracts';

export type { OverdueDepartment, OverdueList, OverdueRecord };
import { getService as getRecordsService, type Actor } from '@wuyedesk/plugin-records';
import { clockStore, type ClockRow } from '../store';
import { readRecords } from './record-reader';

export const OVERDUE_RECORDS_LIMIT = 200;
const CHUNK = 500;
const MINUTE = 60_000;

interface LoadedRecord {
  documentId: string;
  department?: { documentId: string; name: string } | null;
  [field: string]: unknown;
}

/**
 * 超时工单: running handling clocks past their due time, joined to their record's department,
 * limited to the rows the actor may see (a department head: his department only).
 */
export const overdue = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The records of these clocks the actor may see, by documentId. */
  const visibleRecords = async (register: RegisterDescription, actor: Actor, ids: string[]) => {
    const scope = getRecordsService(strapi, 'access').scopeFilter(register, actor);
    const hasDepartment = register.fields.some((f) => f.name === 'department');
    const byId = new Map<string, LoadedRecord>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = (await readRecords(strapi, register, ids.slice(i, i + CHUNK), {
        where: scope,
        populate: hasDepartment ? { department: { fields: ['documentId', 'name'] } } : undefined,
      })) as LoadedRecord[];
      for (const row of rows) byId.set(row.documentId, row);
    }
    return byId;
  };

  const toRecord = (register: RegisterDescription, clock: ClockRow, record: LoadedRecord, now: Date): OverdueRecord => {
    const due = clock.dueAt ?? now;
    const department = record.department ? { documentId: record.department.documentId, name: record.department.name } : null;
    return {
      register: register.key,
      documentId: record.documentId,
      number: String(record[register.titleField] ?? record.documentId),
      dueAt: due.toISOString(),
      overdueMinutes: Math.floor((now.getTime() - due.getTime()) / MINUTE),
      department,
      status: register.workflow ? String(record[register.workflow.field] ?? '') : null,
    };
  };

  const byDepartment = (records: OverdueRecord[]): OverdueDepartment[] => {
    const groups = new Map<string, OverdueDepartment>();
    for (const record of records) {
      const key = record.department?.documentId ?? '';
      const group = groups.get(key);
      if (group) group.count += 1;
      else groups.set(key, { department: record.department, count: 1, oldestDueAt: record.dueAt });
    }
    return [...groups.values()].sort((a, b) => b.count - a.count || a.oldestDueAt.localeCompare(b.oldestDueAt));
  };

  return {
    /** `registers`: the ones to look at (the caller checked the actor may read them). */
    async list({ registers, actor, now = new Date() }: { registers: RegisterDescription[]; actor: Actor; now?: Date }): Promise<OverdueList> {
      const clocks = await clockStore(strapi.db.connection).overdue({ now, registers: registers.map((r) => r.key) });
      const all: OverdueRecord[] = [];
      for (const register of registers) {
        const mine = clocks.filter((c) => c.register === register.key);
        if (!mine.length) continue;
        const visible = await visibleRecords(register, actor, [...new Set(mine.map((c) => c.recordId))]);
        for (const clock of mine) {
          const record = visible.get(clock.recordId);
          if (record) all.push(toRecord(register, clock, record, now));
        }
      }
      all.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
      return { departments: byDepartment(all), records: all.slice(0, OVERDUE_RECORDS_LIMIT) };
    },
  };
};
