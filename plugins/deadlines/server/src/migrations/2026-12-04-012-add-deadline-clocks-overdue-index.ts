import type { Knex } from 'knex';
import { CLOCKS_TABLE, OVERDUE_INDEX } from '../store';

/** The overdue list walks running clocks by due time. Baseline: databases of late 2026-11 have it. */
export const addDeadlineClocksOverdueIndex = {
  name: '2026-12-04-012-add-deadline-clocks-overdue-index',
  async up({ knex }: { knex: Knex }) {
    await knex.raw(`create index if not exists ${OVERDUE_INDEX} on ${CLOCKS_TABLE} (state, due_at)`);
  },
};
