module.exports = {
  displayName: 'records',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/server/src/**/__tests__/**/*.test.ts'],
};
