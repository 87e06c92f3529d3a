import type { Core } from '@strapi/strapi';
import type { CallbackFigure, CallbackFigures, StatisticsPeriod } from '@wuyedesk/contracts';

interface FiguresService {
  rows(input: { from: string; to: string; granularity: 'day' | 'week' | 'month' }): Promise<CallbackFigure[]>;
}

/**
 * Callback rate and satisfaction come from the callbacks plugin (its `figures` service); this
 * plugin does not count callbacks itself. Without that plugin the sheet says the data is unavailable.
 */
export const callbackFigures = async (strapi: Core.Strapi, period: StatisticsPeriod): Promise<CallbackFigures> => {
  const plugin = strapi.plugin('callbacks') as { service(name: string): unknown } | undefined;
  const figures = plugin?.service('figures') as FiguresService | undefined;
  if (!figures || typeof figures.rows !== 'function') return { available: false, rows: [] };
  return { available: true, rows: await figures.rows({ from: period.from, to: period.to, granularity: 'month' }) };
};
