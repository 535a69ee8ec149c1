// `slugline restore --from FILE`: put a backup's content back, after first backing up the
// database as it is (so the restore itself can be undone).
import { resolve } from 'node:path';
import { BackupError } from '../../db/backup';
import { DB_OPTION, parseFlags, withDb } from '../context';
import { CliError, type CliCommand } from '../io';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Restore the story database from a backup (the current one is backed up first)',
  usage: `Usage: slugline restore --from FILE [--db PATH]

  FILE must be a Slugline database this version understands and must pass an integrity check.
  The current database is first copied into its backups folder ("before-restore").`,
  async run(args, io) {
    const { values } = parseFlags(args, { ...DB_OPTION, from: { type: 'string' } }, false);
    if (!values.from) throw new CliError('give the backup to restore with --from FILE', 2);
    const from = resolve(io.cwd, values.from);
    return withDb(
      io,
      values.db,
      async ({ services }) => {
        try {
          const { safetyCopy } = await services.backups.restore(from);
          io.stdout.write(
            `Restored ${services.dbPath} from ${from}\nThe database as it was is kept in ${services.backups.folder}/${safetyCopy.file}\n`,
          );
          return 0;
        } catch (err) {
          if (err instanceof BackupError) throw new CliError(err.message);
          throw err;
        }
      },
      { read: true },
    );
  },
};
