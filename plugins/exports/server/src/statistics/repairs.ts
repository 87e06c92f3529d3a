import type { Core } from '@strapi/strapi';
import { REPAIR_ORDER_UID, URGENCY_OPTIONS, type Locale, type RepairFigures, type StatisticsPeriod } from '@wuyedesk/contracts';
import { countByDepartment, countByEnum, total, type CountScope } from './counts';

/** Repair orders received in the period (not voided), by urgency and department. */
export const repairFigures = async (strapi: Core.Strapi, period: StatisticsPeriod, locale: Locale): Promise<RepairFigures> => {
  const scope: CountScope = { uid: REPAIR_ORDER_UID, dateField: 'receivedAt', period, excludeStatus: ['void'] };
  const [all, byUrgency, byDepartment] = await Promise.all([
    total(strapi, scope),
    countByEnum(strapi, scope, 'urgency', URGENCY_OPTIONS, locale),
    countByDepartment(strapi, scope, locale),
  ]);
  return { total: all, byUrgency, byDepartment };
};
