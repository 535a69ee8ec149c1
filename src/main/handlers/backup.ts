// backup* calls: list the backups folder, back up now, restore a listed backup (the current
// database is backed up first, so a restore can itself be undone).
import { AppError } from '../../shared/contract/result';
import { BackupError } from '../db/backup';
import type { Handlers } from '../ipc/registry';
import type { HandlerDeps } from './deps';

async function asAppError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof BackupError) throw new AppError('refused', err.message);
    throw err;
  }
}

export function backupHandlers(deps: HandlerDeps): Pick<Handlers, 'backupList' | 'backupNow' | 'backupRestore'> {
  return {
    backupList: () => ({ folder: deps.backups.folder, backups: deps.backups.list() }),
    backupNow: () => asAppError(() => deps.backups.create('manual')),
    async backupRestore({ file }) {
      const result = await asAppError(() => deps.backups.restore(deps.backups.pathOf(file)));
      deps.events.emit({ type: 'stories-changed', reason: `restored from ${file}` });
      return { restored: file, safetyCopy: result.safetyCopy };
    },
  };
}
