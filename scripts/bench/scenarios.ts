import type { Core, UID } from '@strapi/strapi';
import { complaintRegister, DEPARTMENT_UID, repairOrderRegister } from '@wuyedesk/contracts';
import { callerLookup, listQuery, quickSearchFilter, relationFilter, statusFilter } from './panel-queries';

export type ScenarioKey =
  | 'first-page' | 'status' | 'search-digits' | 'search-name' | 'department' | 'caller-phone' | 'caller-phone-or-unit' | 'history' | 'small-first-page';

export interface Scenario {
  key: ScenarioKey;
  label: string;
  path: string;
  query?: object;
}

/**
 * The panel's requests on the complaints list, with filter values taken from the generated
 * data so that each one finds something: a phone's last four digits and a resident's name
 * (what staff type when a resident calls back), the engineering department, and what the fast
 * intake screen asks on every call: the caller's earlier reports by phone, then phone or unit.
 */
export const listScenarios = async (strapi: Core.Strapi): Promise<Scenario[]> => {
  const complaints = strapi.db.query(complaintRegister.uid as UID.Schema);
  const total = await complaints.count();
  const middle = (await complaints.findOne({
    where: { id: { $gte: Math.floor(total / 2) }, unit: { id: { $notNull: true } } },
    orderBy: { id: 'asc' },
    populate: { unit: { select: ['documentId'] } },
  })) as { documentId: string; residentPhone: string; residentName: string; unit: { documentId: string } };
  const engineering = (await strapi.db.query(DEPARTMENT_UID as UID.Schema).findOne({ where: { code: 'GC' } })) as { documentId: string; name: string };
  const digits = middle.residentPhone.slice(-4);
  const complaintList = (filters?: object, sort?: string) => listQuery(complaintRegister, { filters, sort });
  return [
    { key: 'first-page', label: 'first page, receivedAt desc', path: 'complaints', query: complaintList() },
    { key: 'status', label: 'status = dispatched, dueAt asc', path: 'complaints', query: complaintList(statusFilter('dispatched'), 'dueAt:asc') },
    { key: 'search-digits', label: `quick search "${digits}" (phone digits)`, path: 'complaints', query: complaintList(quickSearchFilter(complaintRegister, digits)) },
    { key: 'search-name', label: `quick search "${middle.residentName}" (name)`, path: 'complaints', query: complaintList(quickSearchFilter(complaintRegister, middle.residentName)) },
    { key: 'department', label: `department = ${engineering.name} (documentId)`, path: 'complaints', query: complaintList(relationFilter('department', engineering.documentId)) },
    { key: 'caller-phone', label: 'intake: earlier reports by phone', path: 'complaints', query: callerLookup({ phone: middle.residentPhone }) },
    {
      key: 'caller-phone-or-unit',
      label: 'intake: earlier reports, phone or unit',
      path: 'complaints',
      query: callerLookup({ phone: middle.residentPhone, unit: middle.unit.documentId }),
    },
    { key: 'history', label: "one record's history", path: `complaints/${middle.documentId}/history` },
    { key: 'small-first-page', label: 'baseline: first page, small table', path: repairOrderRegister.pluralName, query: listQuery(repairOrderRegister) },
  ];
};
