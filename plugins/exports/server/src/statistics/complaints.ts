import type { Core } from '@strapi/strapi';
import {
  COMPLAINT_CATEGORY_OPTIONS,
  COMPLAINT_CAUSE_OPTIONS,
  COMPLAINT_UID,
  type ComplaintFigures,
  type Locale,
  type StatisticsPeriod,
} from '@wuyedesk/contracts';
import { countByDepartment, countByEnum, total, type CountScope } from './counts';

/** 投诉统计表: complaints proper (kind = 投诉) received in the period, by category, department and cause. */
export const complaintFigures = async (strapi: Core.Strapi, period: StatisticsPeriod, locale: Locale): Promise<ComplaintFigures> => {
  const scope: CountScope = { uid: COMPLAINT_UID, dateField: 'receivedAt', period, where: { kind: 'complaint' }, excludeStatus: ['void'] };
  const [all, byCategory, byDepartment, byCause] = await Promise.all([
    total(strapi, scope),
    countByEnum(strapi, scope, 'category', COMPLAINT_CATEGORY_OPTIONS, locale),
    countByDepartment(strapi, scope, locale),
    countByEnum(strapi, scope, 'cause', COMPLAINT_CAUSE_OPTIONS, locale),
  ]);
  return { total: all, byCategory, byDepartment, byCause };
};
