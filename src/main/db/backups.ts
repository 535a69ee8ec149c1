// Backups of the story database: a daily automatic copy (the last 7 kept), copies on demand, and
// restoring one — after first backing up the database as it is, so a restore loses nothing.
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { backupDirFor } from '../paths';
import { BackupError, backupDatabase } from './backup';
import type { Db } from './connection';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { containedPath } from '../security/urlRules';

export const KEEP_AUTOMATIC = 7;

export interface BackupInfo {
  file: string;
  kind: 'automatic' | 'manual' | 'before-restore';
  createdAt: string;
  bytes: number;
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

function stemOf(dbPath: string): string {
  return basename(dbPath, extname(dbPath));
}

export class BackupService {
  readonly folder: string;
  constructor(
    private readonly db: Db,
    private readonly dbPath: string,
  ) {
    this.folder = backupDirFor(dbPath);
  }

  list(): BackupInfo[] {
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return [];
    }
    const stem = stemOf(this.dbPath);
    const re = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(automatic|manual|before-restore)-(\\d{8}T\\d{6}Z)\\.db$`);
    return names
      .map((file) => ({ file, match: re.exec(file) }))
      .filter((x): x is { file: string; match: RegExpExecArray } => x.match !== null)
      .map(({ file, match }) => {
        const t = match[2]!;
        const createdAt = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(9, 11)}:${t.slice(11, 13)}:${t.slice(13, 15)}Z`;
        return { file, kind: match[1] as BackupInfo['kind'], createdAt, bytes: statSync(join(this.folder, file)).size };
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
  }

  /** Write a backup of the given kind into the backups folder and return it. */
  async create(kind: BackupInfo['kind'], now = new Date()): Promise<BackupInfo> {
    mkdirSync(this.folder, { recursive: true });
    let file = `${stemOf(this.dbPath)}-${kind}-${stamp(now)}.db`;
    // Two backups in the same second get distinct names.
    for (let n = 1; this.list().some((b) => b.file === file); n++)
      file = `${stemOf(this.dbPath)}-${kind}-${stamp(new Date(now.getTime() + n * 1000))}.db`;
    await backupDatabase(this.db, join(this.folder, file));
    return this.list().find((b) => b.file === file)!;
  }

  /** The daily automatic backup: made when none exists for today; only the newest 7 are kept. */
  async automatic(now = new Date()): Promise<BackupInfo | null> {
    const today = now.toISOString().slice(0, 10);
    const autos = this.list().filter((b) => b.kind === 'automatic');
    let made: BackupInfo | null = null;
    if (!autos.some((b) => b.createdAt.slice(0, 10) === today)) made = await this.create('automatic', now);
    for (const old of this.list()
      .filter((b) => b.kind === 'automatic')
      .slice(KEEP_AUTOMATIC)) {
      rmSync(join(this.folder, old.file), { force: true });
    }
    return made;
  }

  /**
   * Replace the database's content with a backup's. The current content is backed up first;
   * the backup must be a Slugline database this version understands and must check out.
   */
  async restore(source: string): Promise<{ restored: string; safetyCopy: BackupInfo }> {
    const checked = checkRestorable(source);
    const safetyCopy = await this.create('before-restore');
    const from = new Database(checked, { readonly: true, fileMustExist: true });
    try {
      // The SQLite backup API writes into the live file through its own connection, with locks;
      // this connection sees the new content on its next read.
      await from.backup(this.dbPath);
    } finally {
      from.close();
    }
    migrate(this.db);
    return { restored: checked, safetyCopy };
  }

  /** A backup named as listed (never a path from a caller) → its path in the backups folder. */
  pathOf(file: string): string {
    const path = containedPath(this.folder, file);
    if (!path || !this.list().some((b) => b.file === file)) throw new BackupError(`${file}: no such backup`);
    return path;
  }
}

/** Refuse, with a clear reason, a file that is not a restorable Slugline database. */
export function checkRestorable(path: string): string {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new BackupError(`${path}: cannot be opened as a database (${(err as Error).message})`);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION)
      throw new BackupError(`${path}: made by a newer version of Slugline; update Slugline to restore it`);
    const hasStories = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stories'").get();
    if (!hasStories || version < 1) throw new BackupError(`${path}: not a Slugline database`);
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`${path}: the backup is damaged (${String(check)})`);
    return path;
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`${path}: not a Slugline database (${(err as Error).message})`);
  } finally {
    db.close();
  }
}
