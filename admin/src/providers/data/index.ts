export { createDataProvider, type StrapiDataProvider } from './provider';
export type { DataProviderOptions, FetchLike, StrapiMeta } from './types';
export { mapFilters, type StrapiFilters } from './filters';
export { SYSTEM_KEYS } from './records';
export { MAX_PAGE_SIZE } from './reads';
