// CommonJS because admin/package.json sets "type": "module".
/**
 * Browser tests: headless Debian Chromium (playwright-core) drives the built panel (admin/dist)
 * served by one real Strapi (cms/dist) on a throw-away SQLite database, as staff use it.
 * Build first (`npm run build`); `npm test` does both.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'browser',
  testEnvironment: '<rootDir>/tests/browser/helpers/environment.ts',
  testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  // The contracts' TypeScript source, as in the unit tests: no stale dist.
  moduleNameMapper: { '^@wuyedesk/contracts$': '<rootDir>/../packages/contracts/src/index.ts' },
  globalSetup: '<rootDir>/tests/browser/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/tests/browser/helpers/global-teardown.ts',
  // A page waits for the API and renders; a step that takes longer than this is a failure.
  testTimeout: 60_000,
  // One Strapi, one browser at a time: tests share the database and the machine.
  maxWorkers: 1,
};
