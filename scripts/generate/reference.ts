import type { Core, UID } from '@strapi/strapi';
import { DEPARTMENT_UID, UNIT_UID } from '@wuyedesk/contracts';
import type { DepartmentRef, Reference, UnitRef, UserRef } from './types';

const USER_UID = 'plugin::users-permissions.user';

type Row = Record<string, unknown>;

/** Reads a register's rows through the query engine: small reference tables, read once. */
const rowsOf = async (strapi: Core.Strapi, uid: string, select: string[]): Promise<Row[]> =>
  (await strapi.db.query(uid as UID.Schema).findMany({ select, orderBy: { id: 'asc' } })) as Row[];

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** The units, departments and desk users already in the database, which new records point at. */
export const loadReference = async (strapi: Core.Strapi): Promise<Reference> => {
  const units: UnitRef[] = (await rowsOf(strapi, UNIT_UID, ['id', 'code', 'ownerName', 'ownerPhone'])).map((row) => ({
    id: Number(row.id), code: String(row.code), ownerName: text(row.ownerName), ownerPhone: text(row.ownerPhone),
  }));
  const departments: DepartmentRef[] = (await rowsOf(strapi, DEPARTMENT_UID, ['id', 'documentId', 'code'])).map((row) => ({
    id: Number(row.id), documentId: String(row.documentId), code: String(row.code),
  }));
  const userRows = (await strapi.db.query(USER_UID).findMany({
    select: ['id', 'username', 'fullName'],
    populate: { role: { select: ['type'] }, department: { select: ['code'] } },
    orderBy: { id: 'asc' },
  })) as Array<Row & { role?: { type?: string } | null; department?: { code?: string } | null }>;
  const users: UserRef[] = userRows.map((row) => ({
    id: Number(row.id),
    name: text(row.fullName) ?? String(row.username),
    role: row.role?.type ?? null,
    departmentCode: row.department?.code ?? null,
  }));
  return { units, departments, users };
};
