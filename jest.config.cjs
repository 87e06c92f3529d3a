/**
 * Unit tests of every workspace that has them, and of scripts/ (no server, no database, no
 * browser). The CMS integration tests (cms/) and the panel's browser tests
 * (admin/jest.browser.config.cjs) have their own configs: they boot Strapi; scripts/test.ts runs all.
 */
const fs = require('fs');
const path = require('path');

const workspaces = ['packages/contracts', ...fs.readdirSync(path.join(__dirname, 'plugins')).map((p) => `plugins/${p}`), 'admin', 'scripts'];

module.exports = {
  projects: workspaces
    .filter((w) => fs.existsSync(path.join(__dirname, w, 'jest.config.cjs')))
    .map((w) => `<rootDir>/${w}`),
};
