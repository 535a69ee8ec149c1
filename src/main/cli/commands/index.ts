// Every `slugline` command, in the order `--help` lists them.
import type { CliCommand } from '../io';

export const commands: CliCommand[] = [];
