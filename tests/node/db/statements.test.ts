import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { statementCache, statementsOf } from '../../../src/main/db/sqlite/statements';

const dbs: Database.Database[] = [];
function memoryDb(): Database.Database {
  const db = new Database(':memory:');
  dbs.push(db);
  db.exec("CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, 'one'), (2, 'two');");
  return db;
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

describe('statement cache', () => {
  it('prepares each SQL text once', () => {
    const sql = statementCache(memoryDb());
    expect(sql('SELECT a FROM t')).toBe(sql('SELECT a FROM t'));
  });

  it('hands a cached statement back in plain row mode, whatever mode the last caller left it in', () => {
    const sql = statementCache(memoryDb());
    const text = 'SELECT a, b FROM t ORDER BY a';
    expect(sql(text).pluck().all()).toEqual([1, 2]);
    expect(sql(text).all()).toEqual([
      { a: 1, b: 'one' },
      { a: 2, b: 'two' },
    ]);
    expect(sql(text).raw().get()).toEqual([1, 'one']);
    expect(sql(text).get()).toEqual({ a: 1, b: 'one' });
  });

  it('reuses writes as well as reads', () => {
    const db = memoryDb();
    const sql = statementCache(db);
    sql('INSERT INTO t VALUES (?, ?)').run(3, 'three');
    sql('INSERT INTO t VALUES (?, ?)').run(4, 'four');
    expect(sql('SELECT count(*) FROM t').pluck().get()).toBe(4);
  });

  it('drops the least recently used statement past its limit', () => {
    const sql = statementCache(memoryDb(), 2);
    const first = sql('SELECT 1');
    sql('SELECT 2');
    sql('SELECT 1');
    sql('SELECT 3');
    expect(sql('SELECT 1')).toBe(first);
  });

  it('keeps one shared cache per connection', () => {
    const a = memoryDb();
    expect(statementsOf(a)).toBe(statementsOf(a));
    expect(statementsOf(a)).not.toBe(statementsOf(memoryDb()));
  });
});
