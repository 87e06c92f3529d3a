/**
 * Check (prints, exits 1 on a difference): the export's one-query table source gives exactly the
 * cells the document-service source gave, for every built-in register, every role, the list's
 * columns and all columns, in several orders. Boots the compiled CMS on a scratch database with
 * the demo data.
 *
 *   npx tsx scripts/bench/export-sources-agree.ts [--postgres]
 */
import { parseArgs } from 'util';
import { BUILT_IN_REGISTERS, ROLE_KEYS, type RoleKey } from '@wuyedesk/contracts';
import type { Actor } from '@wuyedesk/plugin-records';
import { bootStrapi } from '../lib/boot-strapi';
import { createScratchDatabase } from '../lib/scratch-database';
import { documentSource } from '../../plugins/exports/dist/server/src/export/document-source';
import { tableSource } from '../../plugins/exports/dist/server/src/export/table-source';
import { exportColumns } from '../../plugins/exports/dist/server/src/xlsx/columns';
import { cellConverter } from '../../plugins/exports/dist/server/src/xlsx/cells';

const { values } = parseArgs({ options: { postgres: { type: 'boolean' } } });

const main = async () => {
  const database = await createScratchDatabase(values.postgres ? 'postgres' : 'sqlite', 'wuyedesk_export_agree');
  let failures = 0;
  let compared = 0;
  try {
    const strapi = await bootStrapi({ env: { ...database.env, WUYEDESK_SEED: 'demo' } });
    const byDocuments = documentSource(strapi);
    const byTable = tableSource(strapi, { batches: () => { throw new Error('fell back'); } });
    const registry = strapi.plugin('records').service('registry') as { builtIn(key: string): (typeof BUILT_IN_REGISTERS)[number] | undefined };
    const signal = new AbortController().signal;
    for (const register of BUILT_IN_REGISTERS) {
      for (const names of [register.listFields, register.fields.map((f) => f.name)]) {
        const columns = exportColumns({ register, names, locale: 'zh-CN', registerOf: (key) => registry.builtIn(key) });
        const converters = columns.map((c) => cellConverter({ field: c.field, locale: 'zh-CN', titleOf: c.titleOf }));
        const sorts = [null, ...register.fields.filter((f) => ['string', 'datetime', 'enum', 'integer'].includes(f.type)).slice(0, 4).flatMap((f) => [{ field: f.name, order: 'asc' as const }, { field: f.name, order: 'desc' as const }])];
        for (const role of ROLE_KEYS as readonly RoleKey[]) {
          if (!register.access.some((a) => a.role === role && a.can.includes('read'))) continue;
          const user = (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { role: { type: role } }, populate: { department: true } })) as { id: number; username: string; department?: { documentId: string } } | null;
          if (!user) continue;
          const actor: Actor = { id: user.id, username: user.username, name: user.username, role, departmentId: user.department?.documentId ?? null };
          for (const sort of sorts) {
            const input = { register, actor, query: { sort, filters: undefined }, columns, batchSize: 37, signal };
            const cells = async (source: typeof byDocuments) => {
              const out: string[] = [];
              try {
                for await (const batch of source.batches(input)) for (const r of batch) out.push(JSON.stringify(columns.map((c, i) => converters[i](r[c.field.name]))));
              } catch (error) {
                if ((error as Error).message === 'fell back') return null;
                throw error;
              }
              return out;
            };
            const table = await cells(byTable);
            if (!table) continue;
            const documents = await cells(byDocuments);
            compared += 1;
            const same = JSON.stringify(table) === JSON.stringify(documents);
            if (!same) {
              failures += 1;
              const at = table.findIndex((row, i) => row !== documents?.[i]);
              console.log(`DIFFERENT ${register.key} as ${role} sort ${JSON.stringify(sort)} (${table.length} vs ${documents?.length} rows) at row ${at}:\n  table     ${table[at]}\n  documents ${documents?.[at]}`);
            }
          }
        }
      }
    }
    await strapi.destroy();
  } finally {
    await database.drop();
  }
  console.log(`${compared} exports compared, ${failures} different`);
  process.exit(failures ? 1 : 0);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
