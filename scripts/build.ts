/**
 * Builds every workspace in dependency order: contracts → plugins → CMS → panel.
 * `npm start` and `npm test` call it, so a fresh clone needs nothing but `npm install`.
 */
import { existsSync, readdirSync } from 'fs';
import path from 'path';
import { run, ROOT } from './lib/run';

export const buildAll = ({ panel = true }: { panel?: boolean } = {}) => {
  const started = Date.now();
  run('npx', ['tsc', '-p', 'packages/contracts/tsconfig.json']);
  for (const plugin of readdirSync(path.join(ROOT, 'plugins'))) {
    const tsconfig = path.join('plugins', plugin, 'tsconfig.json');
    if (existsSync(path.join(ROOT, tsconfig))) run('npx', ['tsc', '-p', tsconfig]);
  }
  run('npx', ['tsc', '-p', 'cms/tsconfig.json']);
  run('npx', ['tsc', '-p', 'scripts/tsconfig.json']);
  if (panel && existsSync(path.join(ROOT, 'admin', 'index.html'))) {
    // Vite strips types without checking them; the panel is type-checked here instead.
    run('npx', ['tsc', '-p', 'admin/tsconfig.json', '--noEmit']);
    run('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: 'admin' });
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

if (require.main === module) buildAll();
