// CommonJS because admin/package.json sets "type": "module".
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'admin',
  // Node by default; component tests opt into jsdom with a `@jest-environment jsdom` docblock.
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts?(x)'],
  // The panel imports the contracts' TypeScript source (as Vite does), so no stale dist is tested.
  moduleNameMapper: {
    '^@wuyedesk/contracts$': '<rootDir>/../packages/contracts/src/index.ts',
    // The app imports antd's ES locales (see vite.config.ts); jest runs CommonJS.
    '^antd/es/locale/(.*)$': 'antd/lib/locale/$1',
    '\\.css$': '<rootDir>/src/test/style-stub.ts',
    // ESM-only, unused MarkdownField dependencies of @refinedev/antd (aliased away in Vite too).
    '^(react-markdown|remark-gfm)$': '<rootDir>/src/vendor/markdown-stub.ts',
  },
  // TextEncoder for react-router 7 and matchMedia for antd under jsdom; harmless under node.
  setupFiles: ['<rootDir>/src/test/setup.ts'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
      },
    ],
  },
};
