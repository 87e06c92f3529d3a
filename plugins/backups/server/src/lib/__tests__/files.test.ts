import { backupFileName, dailyRule, expiredBackups, takenAt } from '../files';
import { databaseTarget, describeTarget } from '../target';

describe('backup files', () => {
  const at = new Date('2026-12-04T18:30:05Z');

  it('names a backup by its database and the UTC time it was taken', () => {
    expect(backupFileName('sqlite', at)).toBe('wuyedesk-sqlite-20261204-183005.db');
    expect(backupFileName('postgres', at)).toBe('wuyedesk-postgres-20261204-183005.dump');
    expect(takenAt('wuyedesk-postgres-20261204-183005-2.dump')).toEqual(at);
  });

  it('removes only its own backups older than the retention, never other files', () => {
    const names = ['wuyedesk-sqlite-20261120-023000.db', 'wuyedesk-sqlite-20261121-023000.db', 'notes.txt', 'wuyedesk-sqlite-20261101-023000.db.partial'];
    expect(expiredBackups(names, 14, new Date('2026-12-04T18:00:00Z'))).toEqual(['wuyedesk-sqlite-20261120-023000.db']);
  });

  it('turns BACKUP_AT into a daily rule and refuses anything else', () => {
    expect(dailyRule('02:30')).toBe('0 30 2 * * *');
    expect(() => dailyRule('25:00')).toThrow('BACKUP_AT');
    expect(() => dailyRule('2.30')).toThrow('BACKUP_AT');
  });
});

describe('the database to back up, from the same variables as the CMS', () => {
  it('resolves a relative SQLite file against the CMS folder and keeps an absolute one', () => {
    expect(databaseTarget({}, '/srv/cms')).toEqual({ client: 'sqlite', filename: '/srv/cms/data/wuyedesk.db' });
    expect(databaseTarget({ DATABASE_FILENAME: '/var/db/desk.db' }, '/srv/cms')).toEqual({ client: 'sqlite', filename: '/var/db/desk.db' });
  });

  it('builds the PostgreSQL URL from host fields, and never shows the password', () => {
    const target = databaseTarget({ DATABASE_CLIENT: 'postgres', DATABASE_HOST: 'db', DATABASE_NAME: 'desk', DATABASE_USERNAME: 'wy', DATABASE_PASSWORD: 's3cret' }, '/srv/cms');
    expect(target).toEqual({ client: 'postgres', url: 'postgres://wy:s3cret@db:5432/desk', database: 'desk' });
    expect(describeTarget(target)).toBe('PostgreSQL postgres://wy@db:5432/desk');
  });
});
