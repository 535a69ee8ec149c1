// `slugline backup --out FILE`: an online copy of the database, safe while the app is running.
import { resolve } from 'node:path';
import { BackupError, backupDatabase } from '../../db/backup';
import { DB_OPTION, parseFlags, withDb } from '../context';
import { CliError, type CliCommand } from '../io';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Copy the story database to a file (online backup)',
  usage: `Usage: slugline backup --out FILE [--db PATH]

  Writes a consistent copy of the database to FILE (which must not exist yet), even while the
  app is running, and checks the copy's integrity before finishing.`,
  async run(args, io) {
    const { values } = parseFlags(args, { ...DB_OPTION, out: { type: 'string' } }, false);
    if (!values.out) throw new CliError('give the backup file with --out FILE', 2);
    const out = resolve(io.cwd, values.out);
    return withDb(
      io,
      values.db,
      async ({ services }) => {
        try {
          const { pages } = await backupDatabase(services.db, out);
          io.stdout.write(`Backed up ${services.dbPath} to ${out} (${pages} pages)\n`);
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
