import type { Core } from '@strapi/strapi';
import type { Locale, StatisticsFigures, StatisticsPeriod } from '@wuyedesk/contracts';
import { archiveFigures } from '../statistics/archives';
import { callbackFigures } from '../statistics/callbacks';
import { completionFigures } from '../statistics/completion';
import { complaintFigures } from '../statistics/complaints';
import { keyFigures } from '../statistics/keys';
import { repairFigures } from '../statistics/repairs';
import { unfinishedFigures } from '../statistics/unfinished';

/**
 * The office's statistics for a period (docs/statistics.md §6.1), computed with GROUP BY in the database, one
 * topic per file under statistics/. The dashboard and the workbook both call `figures`.
 */
export const statistics = ({ strapi }: { strapi: Core.Strapi }) => ({
  async figures({ period, locale = 'zh-CN', now = new Date() }: { period: StatisticsPeriod; locale?: Locale; now?: Date }): Promise<StatisticsFigures> {
    const [completion, unfinished, complaints, repairs, callbacks, keys, archives] = await Promise.all([
      completionFigures(strapi, period),
      unfinishedFigures(strapi, period, now),
      complaintFigures(strapi, period, locale),
      repairFigures(strapi, period, locale),
      callbackFigures(strapi, period),
      keyFigures(strapi, period, locale, now),
      archiveFigures(strapi, period, now),
    ]);
    return { period, generatedAt: now.toISOString(), completion, unfinished, complaints, repairs, callbacks, keys, archives };
  },
});
