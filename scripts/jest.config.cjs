/** Unit tests of the repository's own scripts (pure decisions only: nothing is installed or run). */
module.exports = {
  displayName: 'scripts',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/lib/__tests__/**/*.test.ts'],
};
