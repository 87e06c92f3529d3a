/** Integration tests: one real Strapi per run, on SQLite or PostgreSQL (WUYEDESK_TEST_DB). */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
  // *.postgres.test.ts need PostgreSQL itself (several instances on one database).
  testPathIgnorePatterns: process.env.WUYEDESK_TEST_DB === 'postgres' ? ['/node_modules/'] : ['/node_modules/', '\\.postgres\\.test\\.ts$'],
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};
