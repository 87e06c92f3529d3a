import fs from 'fs';
import path from 'path';

/** wuyedesk-sqlite-20261204-023000.db, wuyedesk-postgres-20261204-023000.dump: sortable, dated in UTC. */
const NAME = /^wuyedesk-(sqlite|postgres)-(\d{8})-(\d{6})(?:-\d+)?\.(db|dump)$/;

const stamp = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

export const backupFileName = (client: 'sqlite' | 'postgres', at: Date): string =>
  `wuyedesk-${client}-${stamp(at)}.${client === 'sqlite' ? 'db' : 'dump'}`;

/** When a backup file was taken, from its name (null: not one of ours, never pruned). */
export const takenAt = (name: string): Date | null => {
  const m = NAME.exec(name);
  if (!m) return null;
  const [d, t] = [m[2], m[3]];
  const at = new Date(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
};

/** The backups older than `keepDays` days, by the time in their names: other files are never touched. */
export const expiredBackups = (names: readonly string[], keepDays: number, now: Date): string[] =>
  names.filter((name) => {
    const at = takenAt(name);
    return at !== null && now.getTime() - at.getTime() > keepDays * 86_400_000;
  });

/** Removes expired backups from `dir`; returns the names removed. */
export const pruneBackups = ({ dir, keepDays, now = new Date() }: { dir: string; keepDays: number; now?: Date }): string[] => {
  if (!fs.existsSync(dir)) return [];
  const expired = expiredBackups(fs.readdirSync(dir), keepDays, now);
  for (const name of expired) fs.rmSync(path.join(dir, name), { force: true });
  return expired;
};

/** A free name in `dir` (two backups in one second get -2, -3…). */
export const freeBackupPath = (dir: string, client: 'sqlite' | 'postgres', at: Date): string => {
  const base = backupFileName(client, at);
  let candidate = path.join(dir, base);
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = path.join(dir, base.replace(/\.(db|dump)$/, `-${n}.$1`));
  return candidate;
};

/** BACKUP_AT "02:30" → croner's 6-field rule; anything else is a configuration error. */
export const dailyRule = (at: string): string => {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(at.trim());
  if (!m) throw new Error(`BACKUP_AT must be a time of day like 02:30, not "${at}"`);
  return `0 ${Number(m[2])} ${Number(m[1])} * * *`;
};
