// Every `slugline` command, in the order `--help` lists them.
import type { CliCommand } from '../io';
import { backupCommand } from './backup';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { fixTextCommand } from './fix-text';
import { ingestCommand } from './ingest';
import { listCommand } from './list';
import { parseCommand } from './parse';
import { restoreCommand } from './restore';
import { searchCommand } from './search';
import { serveCommand } from './serve';
import { showCommand } from './show';
import { statusCommand } from './status';

export const commands: CliCommand[] = [
  serveCommand,
  listCommand,
  showCommand,
  statusCommand,
  searchCommand,
  checkCommand,
  ingestCommand,
  backupCommand,
  restoreCommand,
  exportCommand,
  fixTextCommand,
  parseCommand,
];
