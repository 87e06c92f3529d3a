export * from './messages';
export * from './targets';
export * from './validate-query';
