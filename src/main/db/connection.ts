// Opening the story database safely: refuse files that are not ours (or are from a newer Slugline)
// before anything writes to them, then set the pragmas every connection needs.
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { LATEST_SCHEMA_VERSION } from './migrations';

export type Db = Database.Database;

export type DbOpenErrorCode = 'not-sqlite' | 'newer-version' | 'corrupt' | 'read-only' | 'unopenable';

export class DbOpenError extends Error {
  constructor(
    readonly code: DbOpenErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DbOpenError';
  }
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

export interface OpenOptions {
  /** Open without writing (CLI read commands on a read-only file). Migrations are not run. */
  readonly?: boolean;
}

/**
 * Open (creating if needed) the database at `path`. Every refusal throws DbOpenError with a message
 * naming the file, and leaves the file exactly as it was.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const exists = existsSync(path);
  if (exists) {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new DbOpenError('unopenable', `${path}: is a folder, not a database file`);
    if (stat.size > 0 && readHeader(path) !== SQLITE_HEADER) {
      throw new DbOpenError('not-sqlite', `${path}: not a Slugline database (the file is not an SQLite database)`);
    }
    if (!options.readonly) {
      try {
        accessSync(path, constants.W_OK);
        accessSync(dirname(path), constants.W_OK);
      } catch {
        throw new DbOpenError('read-only', `${path}: the database file (or its folder) is read-only; Slugline needs to write to it`);
      }
    }
  } else if (options.readonly) {
    throw new DbOpenError('unopenable', `${path}: no such database`);
  } else {
    mkdirSync(dirname(path), { recursive: true });
  }

  let db: Db;
  try {
    db = new Database(path, { readonly: Boolean(options.readonly), fileMustExist: Boolean(options.readonly) });
  } catch (err) {
    if (options.readonly && /readonly/i.test((err as Error).message)) {
      throw new DbOpenError(
        'read-only',
        `${path}: the database and its folder are read-only, so it cannot even be read here (SQLite needs to write its shared-memory file beside it)`,
      );
    }
    throw new DbOpenError('unopenable', `${path}: cannot open the database (${(err as Error).message})`);
  }
  try {
    // Read-only probes first: nothing may be written to a file we are about to refuse.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) {
      throw new DbOpenError(
        'newer-version',
        `${path}: this database was written by a newer version of Slugline (schema ${version}; this version understands up to ${LATEST_SCHEMA_VERSION}). Update Slugline to open it.`,
      );
    }
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // FULL: an acknowledged save survives power loss, not only a crash of the process.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (err) {
    db.close();
    if (err instanceof DbOpenError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_READONLY')) {
      throw new DbOpenError(
        'read-only',
        `${path}: the database and its folder are read-only, so it cannot even be read here (SQLite needs to write its shared-memory file beside it)`,
      );
    }
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new DbOpenError('corrupt', `${path}: the database file is damaged (${(err as Error).message}); restore it from a backup`);
    }
    throw new DbOpenError('unopenable', `${path}: cannot open the database (${(err as Error).message})`);
  }
}
