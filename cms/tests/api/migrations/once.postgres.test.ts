import type { Core } from '@strapi/strapi';
import knexFactory, { type Knex } from 'knex';
import { runMigrations } from '../../../../plugins/records/server/src/migrations/runner';
import type { OwnedMigration } from '../../../../plugins/records/server/src/migrations/types';
import { createScratchDatabase, type TestDatabase } from '../../helpers/test-database';

const context = { strapi: {} as Core.Strapi };

/** No `if not exists`, a slow step, a row per run: any second run of one of them shows. */
const MIGRATIONS: OwnedMigration[] = [
  {
    owner: 'test', name: '2026-12-04-001-create-things',
    up: async ({ knex }) => {
      await knex.schema.createTable('things', (t) => t.string('name'));
    },
  },
  {
    owner: 'test', name: '2026-12-04-002-add-slowly',
    up: async ({ knex }) => {
      await knex.raw('select pg_sleep(0.3)');
      await knex('things').insert({ name: 'slow' });
    },
  },
  {
    owner: 'other', name: '2026-12-04-003-add-another',
    up: async ({ knex }) => {
      await knex('things').insert({ name: 'another' });
    },
  },
];

/** Several instances starting together on one PostgreSQL: each migration runs on one of them, once. */
describe('migrations across instances (PostgreSQL)', () => {
  let database: TestDatabase;
  const instances: Knex[] = [];

  beforeAll(async () => {
    database = await createScratchDatabase('postgres', 'wuyedesk_migrations_once');
    for (let i = 0; i < 3; i += 1) instances.push(knexFactory({ client: 'pg', connection: database.env.DATABASE_URL, pool: { min: 0, max: 2 } }));
  });
  afterAll(async () => {
    await Promise.all(instances.map((knex) => knex.destroy()));
    await database.drop();
  });

  it('runs each migration exactly once when three instances start at the same moment', async () => {
    const ran = await Promise.all(instances.map((knex) => runMigrations({ knex, migrations: MIGRATIONS, context })));
    expect(ran.flat().sort()).toEqual(['other/2026-12-04-003-add-another', 'test/2026-12-04-001-create-things', 'test/2026-12-04-002-add-slowly']);
    expect(await instances[0]('things').orderBy('name').pluck('name')).toEqual(['another', 'slow']);
    expect(await instances[0]('wuyedesk_migrations').count({ n: '*' })).toEqual([{ n: '3' }]);
  });
});
