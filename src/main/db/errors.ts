// SQLite failures an editor can act on (disk full, read-only, busy) as clear AppErrors; anything
// else stays an internal error.
import { AppError } from '../../shared/contract/result';

export function sqliteAppError(err: unknown, dbPath: string): AppError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_FULL')) {
    return new AppError(
      'unavailable',
      `Not saved: the disk holding ${dbPath} is full. Free some space and try again; nothing already saved was lost.`,
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError('unavailable', `Not saved: ${dbPath} can only be read (read-only file or folder).`);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('unavailable', `Not saved: ${dbPath} is busy with another task; try again in a moment.`);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) {
    return new AppError('unavailable', `${dbPath} is damaged; restore it from a backup (Backups).`);
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new AppError('unavailable', `Not saved: the disk reported an error writing ${dbPath} (${(err as Error).message}).`);
  }
  return null;
}
