// `slugline check FILE | --id ID`: house-style checks on a wire file (parsed as `slugline parse`
// does) or a stored story. Exit 0 = no error findings, 1 = error findings (or nothing to check),
// 2 = usage error: scripts and CI can gate on it.
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  checkInputFromParsedItem,
  checkInputFromStory,
  checkStory,
  loadRulePack,
  type Finding,
  type RulePack,
} from '../../../shared/checks';
import { checkSize, DEFAULT_MAX_BYTES, parseWire } from '../../../shared/ingest';
import { defaultPreferences, type Preferences } from '../../../shared/settings/preferences';
import { effectiveRulePack } from '../../../shared/settings/rulePack';
import { defaultDataDir } from '../../paths';
import { rulePackOf } from '../../services/rulePack';
import { confSettings } from '../../settings/confSettings';
import { DB_OPTION, parseFlags, positiveInt, withDb, writeJson } from '../context';
import { CliError, readAll, type CliCommand, type CliIo } from '../io';

const USAGE = `Usage: slugline check FILE [--rules PACK] [--json]
       slugline check --id ID [--db PATH] [--rules PACK] [--json]

Runs the house-style checks on a wire file, parsed as \`slugline parse\` would (FILE "-" reads
standard input), or on a stored story. The rules are the house pack from preferences
(Preferences → House style; resources/rules/default.json until edited) unless --rules is given.

Options:
  --id ID       check stored story ID instead of a file
  --db PATH     the story database (with --id)
  --rules PACK  a rule pack (JSON) to use instead of the shipped default
  --json        print {"findings": [{rule, severity, field, index?, item?, start, end, message, fix}]}
                (start/end are UTF-16 offsets into the field's plain text; "item" is the wire
                item's position when the file holds more than one)

Exit codes: 0 no error findings (warnings and info may remain); 1 error findings, or the file or
story could not be read; 2 usage error.`;

export interface Located extends Finding {
  item?: number;
}

async function readWire(io: CliIo, file: string): Promise<{ name: string; bytes: Uint8Array }> {
  if (file === '-') return { name: 'stdin', bytes: new Uint8Array(await readAll(io.stdin)) };
  const path = resolve(io.cwd, file);
  const name = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${name}: not a file`);
    const tooLarge = checkSize(info.size, name, DEFAULT_MAX_BYTES);
    if (tooLarge) throw new CliError(tooLarge.message);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`${name}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read'}`);
  }
  return { name, bytes: new Uint8Array(await readFile(path)) };
}

/** The pack given with --rules, or null for the house pack in preferences (services/rulePack.ts). */
async function readPack(io: CliIo, file: string | undefined): Promise<RulePack | null> {
  if (!file) return null;
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`${basename(path)}: cannot read the rule pack`);
  }
  const loaded = loadRulePack(text);
  if (!loaded.ok) throw new CliError(`${basename(path)}: ${loaded.error}`);
  return loaded.pack;
}

/** Preferences for a file check: the user's, when they can be read; the defaults otherwise. */
function filePreferences(io: CliIo): Preferences {
  try {
    return confSettings(defaultDataDir(io.env)).get();
  } catch {
    return defaultPreferences();
  }
}

/** One finding as a line for people ("body 12-14  error  Placeholder left in copy: “TK”"); `slugline status` lists refusals the same way. */
export function findingLine(f: Located): string {
  const where = `${f.item !== undefined ? `item ${f.item + 1} ` : ''}${f.field}${f.index !== undefined ? ` ${f.index + 1}` : ''} ${f.start}-${f.end}`;
  const fix = f.fix === null ? '' : f.fix === '' ? '  (fix: remove)' : `  (fix: “${f.fix}”)`;
  return `${where.padEnd(22)} ${f.severity.padEnd(7)} ${f.message}${fix}`;
}

function report(io: CliIo, findings: Located[], json: boolean, label: string): number {
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (json) {
    writeJson(io, {
      findings: findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        field: f.field,
        ...(f.index !== undefined ? { index: f.index } : {}),
        ...(f.item !== undefined ? { item: f.item } : {}),
        start: f.start,
        end: f.end,
        message: f.message,
        fix: f.fix,
      })),
    });
    return errors ? 1 : 0;
  }
  if (findings.length === 0) {
    io.stdout.write(`${label}: no findings\n`);
    return 0;
  }
  for (const f of findings) io.stdout.write(`${findingLine(f)}\n`);
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  io.stdout.write(`${label}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} note(s)\n`);
  return errors ? 1 : 0;
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check a wire file or a stored story against the house style rules',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      ...DB_OPTION,
      id: { type: 'string' },
      rules: { type: 'string' },
      json: { type: 'boolean' },
    });
    const json = values.json ?? false;
    if (values.id !== undefined) {
      if (positionals.length) throw new CliError('give a FILE or --id ID, not both', 2);
      const id = positiveInt(values.id, '--id')!;
      const pack = await readPack(io, values.rules);
      return withDb(
        io,
        values.db,
        async ({ call, services }) => {
          const story = await call('storyGet', { id });
          const rules = pack ?? rulePackOf(services.settings);
          const findings = checkStory(checkInputFromStory(story), rules, { preferences: services.settings.get() });
          return report(io, findings, json, `story ${id}`);
        },
        { read: true },
      );
    }
    if (positionals.length !== 1) throw new CliError('give exactly one FILE (or --id ID); see slugline check --help', 2);
    if (values.db !== undefined) throw new CliError('--db goes with --id; a FILE is checked without the database', 2);
    const pack = await readPack(io, values.rules);
    const { name, bytes } = await readWire(io, positionals[0]!);
    const parsed = parseWire(bytes, name);
    if (!parsed.ok) throw new CliError(parsed.error.message);
    const preferences = filePreferences(io);
    const rules = pack ?? effectiveRulePack(preferences);
    const items = parsed.value.items;
    const findings: Located[] = items.flatMap((item, i) =>
      checkStory(checkInputFromParsedItem(item), rules, { preferences }).map((f) => (items.length > 1 ? { ...f, item: i } : f)),
    );
    return report(io, findings, json, name);
  },
};
