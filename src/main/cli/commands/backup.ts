// `slugline backup [--out FILE]`: an online copy of the database, safe while the app is running —
// to FILE, or into the database's backups folder.
import { resolve } from 'node:path';
import { BackupError, backupDatabase } from '../../db/backup';
import { DB_OPTION, parseFlags, withDb } from '../context';
import { CliError, type CliCommand } from '../io';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Copy the story database (online backup) to a file or the backups folder',
  usage: `Usage: slugline backup [--out FILE] [--db PATH]

  Writes a consistent copy of the database, even while the app is running, and checks the copy's
  integrity before finishing. With --out the copy goes to FILE (which must not exist yet);
  without it, into the backups folder beside the database (news.db → news.backups/).`,
  async run(args, io) {
    const { values } = parseFlags(args, { ...DB_OPTION, out: { type: 'string' } }, false);
    return withDb(
      io,
      values.db,
      async ({ services }) => {
        try {
          if (values.out) {
            const out = resolve(io.cwd, values.out);
            const { pages } = await backupDatabase(services.db, out);
            io.stdout.write(`Backed up ${services.dbPath} to ${out} (${pages} pages)\n`);
          } else {
            const made = await services.backups.create('manual');
            io.stdout.write(`Backed up ${services.dbPath} to ${services.backups.folder}/${made.file}\n`);
          }
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
