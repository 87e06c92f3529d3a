/** The part of better-sqlite3 (Strapi's SQLite driver, no types shipped) that the backups use. */
declare module 'better-sqlite3' {
  interface Options {
    readonly?: boolean;
    fileMustExist?: boolean;
    timeout?: number;
  }
  interface BackupOptions {
    /** Called after each step with its progress; returns how many pages the next step copies. */
    progress?: (info: { totalPages: number; remainingPages: number }) => number;
  }
  class Database {
    constructor(filename: string, options?: Options);
    pragma(source: string): unknown;
    exec(source: string): this;
    backup(destination: string, options?: BackupOptions): Promise<{ totalPages: number; remainingPages: number }>;
    close(): this;
  }
  export default Database;
}
