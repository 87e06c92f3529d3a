import type { DataProvider } from '@refinedev/core';
import { createCustom } from './custom';
import { createHttpClient } from './http';
import { createReads } from './reads';
import type { DataProviderOptions } from './types';
import { createWrites } from './writes';

/** Every optional DataProvider method is implemented, so callers need no `!`. */
export type StrapiDataProvider = Required<DataProvider>;

/** A Refine data provider for the Strapi 5 REST API of WuyeDesk. */
export function createDataProvider(options: DataProviderOptions): StrapiDataProvider {
  const http = createHttpClient(options);
  return {
    ...createReads(http),
    ...createWrites(http),
    custom: createCustom(http),
    getApiUrl: () => http.apiUrl,
  };
}
