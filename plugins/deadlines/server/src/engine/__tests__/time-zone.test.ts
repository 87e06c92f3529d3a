import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The server's time zone must not matter: Shanghai wall-clock arithmetic is done with UTC getters
 * on explicitly shifted instants. Checked two ways: statically (no local-time Date API in the
 * engine's sources) and by running the engine under other zones in child processes.
 */
const ENGINE_DIR = join(__dirname, '..');
const engineSources = readdirSync(ENGINE_DIR)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(ENGINE_DIR, name), 'utf8') }));

const LOCAL_TIME_API = [
  /\.(get|set)(FullYear|Year|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)\(/,
  /getTimezoneOffset|toLocale\w*\(|toDateString|toTimeString|Intl\.DateTimeFormat/,
  /new Date\([^()]*,/, // new Date(y, m, d…) reads its arguments as local time
  /Date\.parse\(|new Date\(['"`]/, // date-only and offset-less strings parse differently
];

describe('independence from process.env.TZ', () => {
  it('finds the engine sources to check', () => {
    expect(engineSources.map((source) => source.name)).toEqual(
      expect.arrayContaining(['calendar.ts', 'clock.ts', 'duration.ts', 'holidays.ts', 'index.ts', 'local-day.ts']),
    );
  });

  it.each(LOCAL_TIME_API.map((pattern) => [String(pattern), pattern] as const))(
    'the engine never uses local-time Date APIs: %s',
    (_name, pattern) => {
      expect(engineSources.filter((source) => pattern.test(source.text)).map((source) => source.name)).toEqual([]);
    },
  );

  it('gives identical results under Shanghai, UTC, New York, Newfoundland and Kiritimati', () => {
    const tsx = require.resolve('tsx/cjs');
    const probe = join(__dirname, 'tz-probe.ts');
    const run = (tz: string) => {
      const child = spawnSync(process.execPath, ['--require', tsx, probe], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`probe failed under ${tz}: ${child.stderr}`);
      return JSON.parse(child.stdout) as { localHourOf20260115: number; seeded: unknown; results: unknown };
    };
    const zones = ['Asia/Shanghai', 'UTC', 'America/New_York', 'America/St_Johns', 'Pacific/Kiritimati'];
    const outputs = zones.map(run);
    // The zones really differ inside the children: 2026-01-15T00:00Z is 08:00, 00:00, 19:00, 20:30, 14:00 local.
    expect(outputs.map((output) => output.localHourOf20260115)).toEqual([8, 0, 19, 20, 14]);
    for (const output of outputs.slice(1)) {
      expect(output.seeded).toEqual(outputs[0].seeded);
      expect(output.results).toEqual(outputs[0].results);
    }
  }, 60_000);
});
