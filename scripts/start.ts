/**
 * `npm start`: builds everything, then runs the CMS (which also serves the built panel) on
 * SQLite with demo data unless the environment says otherwise.
 * `npm run dev`: the same CMS plus Vite's dev server for the panel with hot reload on
 * http://localhost:5173 (it proxies /api to the CMS). Server code changes need a restart.
 */
import { spawn } from 'child_process';
import net from 'net';
import path from 'path';
import { buildAll } from './build';
import { ensureEnvFile } from './lib/env-file';
import { startMailCatcher } from './lib/mail-catcher';
import { ROOT } from './lib/run';

const portIsFree = (port: number, host: string) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen(port, host);
  });

const main = async () => {
  const dev = process.argv.includes('--dev');
  const port = Number(process.env.PORT ?? 1337);
  const host = process.env.HOST ?? '0.0.0.0';
  if (!(await portIsFree(port, host))) {
    console.error(`\nPort ${port} is already in use on this machine. Start WuyeDesk on another port, e.g.\n\n  PORT=${port + 1} npm start\n`);
    process.exit(1);
  }
  ensureEnvFile();
  buildAll({ panel: !dev });
  // No mail server configured: catch the desk's mail locally and show it (cms/data/mail/*.eml).
  if (!process.env.SMTP_HOST && (await startMailCatcher({ dir: path.join(ROOT, 'cms', 'data', 'mail') }))) {
    console.log('SMTP_HOST is not set: mail goes to a local catcher on 127.0.0.1:1025 (logged here, last 50 in cms/data/mail/).');
  }
  const children = [
    spawn('npx', ['strapi', 'start'], {
      cwd: path.join(ROOT, 'cms'),
      stdio: 'inherit',
      env: { STRAPI_TELEMETRY_DISABLED: 'true', ...process.env, PORT: String(port), HOST: host },
    }),
  ];
  if (dev) {
    children.push(
      spawn('npx', ['vite', '--host', '127.0.0.1'], {
        cwd: path.join(ROOT, 'admin'),
        stdio: 'inherit',
        env: { ...process.env, VITE_PROXY_TARGET: `http://127.0.0.1:${port}` },
      }),
    );
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => children.forEach((c) => c.kill(signal)));
  // One process ending (a crash, Ctrl-C) ends the others: a half-running desk helps nobody.
  for (const child of children) {
    child.on('exit', (code) => {
      children.forEach((c) => c.kill('SIGTERM'));
      process.exit(code ?? 0);
    });
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
