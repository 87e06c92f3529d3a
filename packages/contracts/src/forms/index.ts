export * from './definition';
export * from './to-register';
