import type { Core } from '@strapi/strapi';
import type { CallbackFigure, CallbackFigures, StatisticsPeriod } from '@wuyedesk/contracts';
import { periodBounds } from './sql';

interface FiguresService {
  rows(input: { from: Date; to: Date; granularity: 'day' | 'week' | 'month' }): Promise<CallbackFigure[]>;
}

/**
 * Callback rate and satisfaction come from the callbacks plugin (its `figures` service); this
 * plugin does not count callbacks itself. Without that plugin the sheet says the data is unavailable.
 */
export const callbackFigures = async (strapi: Core.Strapi, period: StatisticsPeriod): Promise<CallbackFigures> => {
  const plugin = strapi.plugin('callbacks') as { service(name: string): unknown } | undefined;
  const figures = plugin?.service('figures') as FiguresService | undefined;
  if (!figures || typeof figures.rows !== 'function') return { available: false, rows: [] };
  // The period's Shanghai days as instants, as every other topic counts them.
  const { start, end } = periodBounds(period);
  return { available: true, rows: await figures.rows({ from: start, to: end, granularity: 'month' }) };
};
