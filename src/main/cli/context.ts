// Shared plumbing for commands that work on the story database: --db, opening it, typed calls.
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CallName } from '../../shared/contract/names';
import type { CallRequest, CallResponse } from '../../shared/contract/calls';
import { DbOpenError } from '../db/connection';
import { defaultDataDir, resolveDbPath } from '../paths';
import { createAppServices, type AppServices } from '../services/appServices';
import { confSettings } from '../settings/confSettings';
import { CliError, type CliIo } from './io';

export const DB_OPTION = { db: { type: 'string' } } as const;

/** node:util parseArgs, with unknown options turned into a usage error naming the command. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    throw new CliError((err as Error).message.replace(/^Unknown option/, 'unknown option'), 2);
  }
}

export interface OpenedDb {
  services: AppServices;
  call<N extends CallName>(name: N, request: CallRequest<N>): Promise<CallResponse<N>>;
}

export interface CliOpenOptions {
  /** A read command: the database must exist, and a read-only file is opened read-only. */
  read?: boolean;
  seedSamples?: boolean;
}

/** Open the database for a command; a refusal becomes one clear CLI error line. */
export async function openForCli(io: CliIo, dbFlag: string | undefined, options: CliOpenOptions = {}): Promise<OpenedDb> {
  const dbPath = resolveDbPath(dbFlag, io.env, io.cwd);
  if (options.read && !existsSync(dbPath))
    throw new CliError(`${dbPath}: no such database (create one with \`slugline serve\` or \`slugline ingest\`)`);
  const open = (readonly: boolean) =>
    createAppServices({
      dbPath,
      settings: confSettings(defaultDataDir(io.env)),
      mode: 'cli',
      readonly,
      seedSamples: options.seedSamples ?? false,
    });
  let services: AppServices;
  try {
    try {
      services = await open(false);
    } catch (err) {
      if (!(options.read && err instanceof DbOpenError && err.code === 'read-only')) throw err;
      services = await open(true);
    }
  } catch (err) {
    if (err instanceof DbOpenError) throw new CliError(err.message);
    throw err;
  }
  return {
    services,
    async call(name, request) {
      const result = await services.registry.invoke(name, request, { transport: 'test' });
      if (!result.ok) throw new CliError(result.error.message);
      return result.value as CallResponse<typeof name>;
    },
  };
}

export async function withDb<T>(
  io: CliIo,
  dbFlag: string | undefined,
  fn: (opened: OpenedDb) => Promise<T>,
  options?: CliOpenOptions,
): Promise<T> {
  const opened = await openForCli(io, dbFlag, options);
  try {
    return await fn(opened);
  } finally {
    await opened.services.close();
  }
}

export function positiveInt(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${what} must be a positive whole number (got "${value}")`, 2);
  return n;
}

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
