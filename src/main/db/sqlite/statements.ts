// Prepared statements reused by SQL text: preparing is a measurable cost on hot write paths
// (imports, autosave). Bounded, since filtered queries vary with the filters used.
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
    } else {
      statement = db.prepare(sql);
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
}
