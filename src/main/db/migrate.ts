// Bring a database up to the latest schema, one migration per transaction.
import type { Db } from './connection';
import { migrations, type Migration } from './migrations';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Apply every migration newer than the database's user_version (optionally only up to `target`). */
export function migrate(db: Db, list: Migration[] = migrations, target = Infinity): number[] {
  const applied: number[] = [];
  for (const migration of list) {
    if (migration.version > target) break;
    if (migration.version <= schemaVersion(db)) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
