// One implementation of throw-away databases, shared with the generators and benchmarks.
export {
  createScratchDatabase,
  postgresServerUrl,
  type ScratchDatabase as TestDatabase,
  type ScratchDatabaseKind as TestDatabaseKind,
} from '../../../scripts/lib/scratch-database';
