// Online backups of the story database (SQLite's backup API: safe while the app is writing).
// A backup is written beside its final name and renamed into place only once it checks out.
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import type { Db } from './connection';

export class BackupError extends Error {
  override name = 'BackupError';
}

/** Copy `db` to `destination` (which must not exist), verify the copy, and return its size in pages. */
export async function backupDatabase(db: Db, destination: string): Promise<{ pages: number }> {
  if (existsSync(destination)) throw new BackupError(`${destination}: already exists; choose another file name`);
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  try {
    const result = await db.backup(partial);
    const copy = new Database(partial, { readonly: true, fileMustExist: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new BackupError(`${destination}: the backup copy failed its integrity check (${String(check)})`);
    } finally {
      copy.close();
    }
    renameSync(partial, destination);
    return { pages: result.totalPages };
  } catch (err) {
    rmSync(partial, { force: true });
    if (err instanceof BackupError) throw err;
    throw new BackupError(`${destination}: backup failed (${(err as Error).message})`);
  }
}
