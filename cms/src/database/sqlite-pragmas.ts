/** The part of a better-sqlite3 connection this file uses. */
interface SqliteConnection {
  pragma(source: string): unknown;
}

/**
 * How the embedded SQLite database runs. WAL lets the panel's reads go on while the scheduler
 * or an export writes, and with synchronous=NORMAL a commit no longer waits for the disk twice
 * (a committed transaction survives a crash of the process; power loss may lose the last ones,
 * which is SQLite's documented trade-off for WAL — PostgreSQL is the production database).
 * busy_timeout makes a second process (a CLI script, a test instance) wait instead of failing.
 */
export const SQLITE_PRAGMAS = ['journal_mode = WAL', 'synchronous = NORMAL', 'busy_timeout = 5000'];

export const applySqlitePragmas = (connection: SqliteConnection) => {
  for (const pragma of SQLITE_PRAGMAS) connection.pragma(pragma);
};

/** knex's pool hook: every connection it opens gets the pragmas. */
export const afterCreate = (connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void) => {
  try {
    applySqlitePragmas(connection);
    done(null, connection);
  } catch (error) {
    done(error as Error, connection);
  }
};
