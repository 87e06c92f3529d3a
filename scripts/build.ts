/**
 * Builds every workspace in dependency order: contracts → plugins → CMS → panel.
 * `npm start` and `npm test` call it, so a fresh clone needs nothing but `npm install`.
 * A part whose inputs have not changed since its last build is skipped (a content hash stored
 * beside its output), and tsc builds incrementally when something did change, so a restart
 * without code changes costs a second, not a minute. `--force` rebuilds everything.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'fs';
import path from 'path';
import { fingerprint, stampIsCurrent, writeStamp } from './lib/build-stamp';
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
    if (chain.includes(plugin))
      throw new Error(`Plugins depend on each other in a circle: ${[...chain, plugin].join(' → ')}`);
    for (const dep of needs.get(plugin) ?? []) {
      const local = packageName.get(dep);
      if (local) visit(local, [...chain, plugin]);
    }
    ordered.push(plugin);
  };
  plugins.sort().forEach((p) => visit(p, []));
  return ordered;
};

/** Every file the server build reads: sources, configs, the lock file (dependency versions). */
const serverFingerprint = () =>
  fingerprint(ROOT, ['package.json', 'package-lock.json', 'tsconfig.json', 'packages', 'plugins', 'cms', 'scripts'], {
    extra: [process.version, ...sharedDependencies()],
    // Tests are not compiled into dist (each tsconfig excludes them); the .env is read at run time.
    skip: ['cms/tests', 'cms/.env', 'cms/public', 'cms/types'],
  });

/** The panel bundles its own sources and the contracts' TypeScript source (see vite.config.ts). */
const panelFingerprint = () =>
  fingerprint(
    ROOT,
    ['package-lock.json', 'tsconfig.json', 'admin', 'packages/contracts/src', 'packages/contracts/package.json'],
    {
      extra: [
        process.version,
        ...sharedDependencies(),
        ...Object.entries(process.env)
          .filter(([k]) => k.startsWith('VITE_'))
          .map(([k, v]) => `${k}=${v}`),
      ],
      skip: ['admin/tests', 'admin/.tsbuildinfo'],
    },
  );

const SERVER_STAMP = path.join(ROOT, 'cms', 'dist', '.wuyedesk-build.json');
const PANEL_STAMP = path.join(ROOT, 'admin', 'dist', '.wuyedesk-build.json');

/** What must exist for a skipped server build to be runnable. */
const serverOutputs = () => [
  path.join(ROOT, 'packages', 'contracts', 'dist'),
  ...pluginsInBuildOrder().map((p) => path.join(ROOT, 'plugins', p, 'dist')),
  path.join(ROOT, 'cms', 'dist'),
];

/**
 * tsc with its incremental state kept inside the project's output folder, so deleting dist also
 * forgets the state (tsc would otherwise trust it and write nothing); type-check-only projects
 * keep it beside their tsconfig (*.tsbuildinfo is ignored by git).
 */
const tsc = (tsconfig: string, outDir: string | null, extra: string[] = []) => {
  const info = outDir ? path.join(outDir, '.tsbuildinfo') : path.join(path.dirname(tsconfig), '.tsbuildinfo');
  run('npx', ['tsc', '-p', tsconfig, '--incremental', '--tsBuildInfoFile', info, ...extra, ...sharedDependencies()]);
};

export const buildAll = ({ panel = true, force = false }: { panel?: boolean; force?: boolean } = {}) => {
  const started = Date.now();
  const server = serverFingerprint();
  if (!force && stampIsCurrent(SERVER_STAMP, server, serverOutputs())) {
    console.log('Server code unchanged since its last build: not rebuilt.');
  } else {
    if (force) for (const out of serverOutputs()) rmSync(out, { recursive: true, force: true });
    tsc('packages/contracts/tsconfig.json', 'packages/contracts/dist');
    for (const plugin of pluginsInBuildOrder())
      tsc(path.join('plugins', plugin, 'tsconfig.json'), path.join('plugins', plugin, 'dist'));
    tsc('cms/tsconfig.json', 'cms/dist');
    tsc('scripts/tsconfig.json', null);
    writeStamp(SERVER_STAMP, server);
  }
  if (panel && existsSync(path.join(ROOT, 'admin', 'index.html'))) {
    const current = panelFingerprint();
    if (!force && stampIsCurrent(PANEL_STAMP, current, [path.join(ROOT, 'admin', 'dist', 'index.html')])) {
      console.log('Panel unchanged since its last build: not rebuilt.');
    } else {
      // Vite strips types without checking them; the panel is type-checked here instead.
      tsc('admin/tsconfig.json', null, ['--noEmit']);
      run('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: 'admin' });
      writeStamp(PANEL_STAMP, current);
    }
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

if (require.main === module) buildAll({ force: process.argv.includes('--force') });
