/**
 * Builds every workspace in dependency order: contracts → plugins → CMS → panel.
 * `npm start` and `npm test` call it, so a fresh clone needs nothing but `npm install`.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'fs';
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

/**
 * Plugins that import another plugin (deadlines → records) need its declarations first; the
 * order comes from their package.json dependencies, not the folder names.
 */
export const pluginsInBuildOrder = (): string[] => {
  const dir = path.join(ROOT, 'plugins');
  const plugins = readdirSync(dir).filter((p) => existsSync(path.join(dir, p, 'tsconfig.json')));
  const packageName = new Map<string, string>();
  const needs = new Map<string, string[]>();
  for (const plugin of plugins) {
    const pkg = JSON.parse(readFileSync(path.join(dir, plugin, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
    };
    packageName.set(pkg.name, plugin);
    needs.set(plugin, Object.keys(pkg.dependencies ?? {}));
  }
  const ordered: string[] = [];
  const visit = (plugin: string, chain: string[]) => {
    if (ordered.includes(plugin)) return;
    if (chain.includes(plugin)) throw new Error(`Plugins depend on each other in a circle: ${[...chain, plugin].join(' → ')}`);
    for (const dep of needs.get(plugin) ?? []) {
      const local = packageName.get(dep);
      if (local) visit(local, [...chain, plugin]);
    }
    ordered.push(plugin);
  };
  plugins.sort().forEach((p) => visit(p, []));
  return ordered;
};

export const buildAll = ({ panel = true }: { panel?: boolean } = {}) => {
  const started = Date.now();
  const tsc = (tsconfig: string) => run('npx', ['tsc', '-p', tsconfig, ...sharedDependencies()]);
  tsc('packages/contracts/tsconfig.json');
  for (const plugin of pluginsInBuildOrder()) tsc(path.join('plugins', plugin, 'tsconfig.json'));
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
