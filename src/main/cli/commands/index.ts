// Every `slugline` command, in the order `--help` lists them.
import type { CliCommand } from '../io';
import { backupCommand } from './backup';
import { fixTextCommand } from './fix-text';
import { listCommand } from './list';
import { searchCommand } from './search';
import { serveCommand } from './serve';
import { showCommand } from './show';

export const commands: CliCommand[] = [serveCommand, listCommand, showCommand, searchCommand, backupCommand, fixTextCommand];
