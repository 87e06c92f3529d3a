/**
 * Unit tests of every workspace that has them (no server, no database). The CMS integration
 * tests have their own config in cms/ (they boot Strapi); scripts/test.ts runs both.
 */
const fs = require('fs');
const path = require('path');

const workspaces = ['packages/contracts', ...fs.readdirSync(path.join(__dirname, 'plugins')).map((p) => `plugins/${p}`), 'admin'];

module.exports = {
  projects: workspaces
    .filter((w) => fs.existsSync(path.join(__dirname, w, 'jest.config.cjs')))
    .map((w) => `<rootDir>/${w}`),
};
