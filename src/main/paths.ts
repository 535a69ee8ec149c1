// Where Slugline keeps its data on this machine, without asking Electron (the CLI and browser
// mode run without it). Electron's userData folder resolves to the same place.
import { homedir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';

export const APP_NAME = 'Slugline';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['SLUGLINE_DATA_DIR']) return resolve(env['SLUGLINE_DATA_DIR']);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  if (process.platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), APP_NAME);
}

/** The database path: --db wins, then $SLUGLINE_DB, then the data folder's slugline.db. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (flag) return resolve(cwd, flag);
  if (env['SLUGLINE_DB']) return resolve(cwd, env['SLUGLINE_DB']);
  return join(defaultDataDir(env), 'slugline.db');
}

/** Images imported for a database live beside it: `news.db` → `news.media/`. */
export function mediaDirFor(dbPath: string): string {
  return join(dirname(dbPath), `${basename(dbPath, extname(dbPath))}.media`);
}

/** Automatic and manual backups of a database: `news.db` → `news.backups/`. */
export function backupDirFor(dbPath: string): string {
  return join(dirname(dbPath), `${basename(dbPath, extname(dbPath))}.backups`);
}
