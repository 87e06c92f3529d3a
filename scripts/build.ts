/**
 * Builds every workspace in dependency order: contracts → plugins → CMS → panel.
 * `npm start` and `npm test` call it, so a fresh clone needs nothing but `npm install`.
 */
import { existsSync, lstatSync, readdirSync } from 'fs';
import path from 'path';
import { run, ROOT } from './lib/run';

/**
 * A git worktree that shares another checkout's dependencies through a symlinked node_modules:
 * without --preserveSymlinks tsc resolves @strapi/types to the other checkout and refuses to
 * write declarations that name it (TS2742). A real node_modules builds exactly as before.
 */
const sharedDependencies = () => {
  const modules = path.join(ROOT, 'node_modules');
  return existsSync(modules) && lstatSync(modules).isSymbolicLink() ? ['--preserveSymlinks'] : [];
};

export const buildAll = ({ panel = true }: { panel?: boolean } = {}) => {
  const started = Date.now();
  const tsc = (tsconfig: string) => run('npx', ['tsc', '-p', tsconfig, ...sharedDependencies()]);
  tsc('packages/contracts/tsconfig.json');
  for (const plugin of readdirSync(path.join(ROOT, 'plugins'))) {
    const tsconfig = path.join('plugins', plugin, 'tsconfig.json');
    if (existsSync(path.join(ROOT, tsconfig))) tsc(tsconfig);
  }
  tsc('cms/tsconfig.json');
  tsc('scripts/tsconfig.json');
  if (panel && existsSync(path.join(ROOT, 'admin', 'index.html'))) {
    // Vite strips types without checking them; the panel is type-checked here instead.
    run('npx', ['tsc', '-p', 'admin/tsconfig.json', '--noEmit', ...sharedDependencies()]);
    run('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: 'admin' });
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

if (require.main === module) buildAll();
