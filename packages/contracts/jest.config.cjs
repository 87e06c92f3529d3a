module.exports = {
  displayName: 'contracts',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'],
};
