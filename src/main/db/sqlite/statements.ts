// Prepared statements reused by SQL text: preparing is a measurable cost on hot write paths
// (imports, autosave) and on every desk list and search (tens of µs per statement). Bounded,
// since filtered queries vary with the filters used.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection';

export type Prepare = (sql: string) => Statement;

export function statementCache(db: Db, limit = 300): Prepare {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (statement) {
      // Move to the newest end so the cache drops the least recently used.
      cache.delete(sql);
      // Back to plain rows: an earlier caller may have left it in pluck() or raw() mode.
      if (statement.reader) statement.pluck(false).raw(false);
    } else {
      statement = db.prepare(sql);
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
}

const shared = new WeakMap<Db, Prepare>();

/** The connection's cache for the desk's reads and writes (lists, search, waivers, problems, claims). */
export function statementsOf(db: Db): Prepare {
  let prepare = shared.get(db);
  if (!prepare) shared.set(db, (prepare = statementCache(db)));
  return prepare;
}
