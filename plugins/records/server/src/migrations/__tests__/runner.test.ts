import type { Core } from '@strapi/strapi';
import knexFactory, { type Knex } from 'knex';
import { MIGRATIONS_TABLE, migrationOrder, recordedMigrations, runMigrations } from '../runner';
import type { OwnedMigration } from '../types';

const context = { strapi: {} as Core.Strapi };

const createThings = (owner = 'things'): OwnedMigration => ({
  owner,
  name: '2026-12-04-001-create-things',
  up: async ({ knex }) => {
    await knex.schema.createTable('things', (t) => t.string('name'));
  },
});

const addThing = (name: string, log: string[] = []): OwnedMigration => ({
  owner: 'things',
  name: '2026-12-05-001-add-a-thing',
  up: async ({ knex }) => {
    log.push(name);
    await knex('things').insert({ name });
  },
});

/** The runner on a real (in-memory) SQLite: run once, recorded, all or nothing per migration. */
describe('migration runner', () => {
  let knex: Knex;
  beforeEach(() => {
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
  });
  afterEach(() => knex.destroy());

  it('runs each migration once and records it; a second run runs nothing', async () => {
    const log: string[] = [];
    const migrations = [addThing('first', log), createThings()];
    expect(await runMigrations({ knex, migrations, context })).toEqual(['things/2026-12-04-001-create-things', 'things/2026-12-05-001-add-a-thing']);
    expect(await runMigrations({ knex, migrations, context })).toEqual([]);
    expect(log).toEqual(['first']);
    expect(await knex('things').pluck('name')).toEqual(['first']);
    expect((await recordedMigrations(knex)).map((r) => `${r.owner}/${r.name}`)).toEqual(['things/2026-12-04-001-create-things', 'things/2026-12-05-001-add-a-thing']);
  });

  it('runs only what is new when a later release adds a migration', async () => {
    await runMigrations({ knex, migrations: [createThings()], context });
    expect(await runMigrations({ knex, migrations: [createThings(), addThing('later')], context })).toEqual(['things/2026-12-05-001-add-a-thing']);
    expect(await knex('things').pluck('name')).toEqual(['later']);
  });

  it('leaves neither the change nor the record of a migration that fails, and stops there', async () => {
    const failing: OwnedMigration = {
      owner: 'things',
      name: '2026-12-05-001-add-a-thing',
      up: async ({ knex: trx }) => {
        await trx('things').insert({ name: 'half' });
        throw new Error('disk full');
      },
    };
    const after: OwnedMigration = { owner: 'things', name: '2026-12-06-001-never', up: jest.fn() };
    await expect(runMigrations({ knex, migrations: [createThings(), failing, after], context })).rejects.toThrow('disk full');
    expect(await knex('things').count({ n: '*' })).toEqual([{ n: 0 }]);
    expect(await knex(MIGRATIONS_TABLE).pluck('name')).toEqual(['2026-12-04-001-create-things']);
    expect(after.up).not.toHaveBeenCalled();
  });

  it('orders by name across plugins, so a plugin can run after another one\'s change', () => {
    const a: OwnedMigration = { owner: 'zeta', name: '2026-12-04-010-first', up: jest.fn() };
    const b: OwnedMigration = { owner: 'alpha', name: '2026-12-04-020-second', up: jest.fn() };
    expect(migrationOrder([b, a]).map((m) => m.name)).toEqual(['2026-12-04-010-first', '2026-12-04-020-second']);
  });

  it('keeps two plugins\' migrations of the same name apart', async () => {
    expect(await runMigrations({ knex, migrations: [createThings('one'), { ...createThings('two'), up: jest.fn() }], context })).toEqual([
      'one/2026-12-04-001-create-things',
      'two/2026-12-04-001-create-things',
    ]);
  });

  it('refuses a name that does not say its date, number and change, and a migration listed twice', () => {
    expect(() => migrationOrder([{ owner: 'x', name: 'create-things', up: jest.fn() }])).toThrow('YYYY-MM-DD-NNN');
    expect(() => migrationOrder([createThings(), createThings()])).toThrow('listed twice');
  });
});
