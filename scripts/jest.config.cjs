/** Unit tests of the repository's own scripts (pure decisions only: nothing is installed, run or written). */
module.exports = {
  displayName: 'scripts',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/**/__tests__/**/*.test.ts'],
};
