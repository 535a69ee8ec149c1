// `slugline status ID STATUS`: move a story through the workflow from the command line, under
// the same rules as the desk (a note to go back, the ready gate into Ready and Published).
import type { GateFinding } from '../../../shared/workflow/schemas';
import type { StoryFlag } from '../../../shared/wire/model';
import { STATUS_LABELS, type Story } from '../../../shared/story/model';
import { parseStatusName } from '../../../shared/workflow/transitions';
import { DB_OPTION, parseFlags, positiveInt, withDb, writeJson } from '../context';
import { CliError, type CliCommand, type CliIo } from '../io';

const NAMES = 'wire, edit, copy, ready, published, spiked';

function where(f: GateFinding): string {
  return `${f.field}${f.index !== undefined ? ` ${f.index + 1}` : ''} ${f.start}-${f.end}`;
}

/** The refusal, then one line per blocking finding and flag, so a script can show them. */
function writeRefusal(io: CliIo, message: string, findings: GateFinding[], flags: StoryFlag[]): void {
  io.stderr.write(`slugline status: ${message}\n`);
  for (const f of findings) io.stderr.write(`  ${f.severity.padEnd(7)} ${where(f).padEnd(18)} ${f.message}  [${f.rule}]\n`);
  for (const f of flags) io.stderr.write(`  ${'flag'.padEnd(7)} ${f.kind.padEnd(18)} ${f.message}\n`);
}

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'Move a story to another workflow status (the same rules as the desk)',
  usage: `Usage: slugline status ID STATUS [--reason TEXT] [--json] [--db PATH]

  STATUS         one of: ${NAMES}
  --reason TEXT  why; required when moving a story back (e.g. ready → edit)
  --json         print the story as JSON

Moving to ready or published is refused while the story has error findings that are not waived,
or an unacknowledged kill, hold or withheld flag from the wire; each is listed on stderr and the
exit code is 1.`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { ...DB_OPTION, reason: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length !== 2) throw new CliError('give a story ID and a STATUS (see slugline status --help)', 2);
    const id = positiveInt(positionals[0], 'ID')!;
    const status = parseStatusName(positionals[1]!);
    if (!status) throw new CliError(`unknown status "${positionals[1]}" (use one of: ${NAMES})`, 2);
    return withDb(io, values.db, async ({ services }) => {
      const before = (await services.repo.get(id))?.status;
      const result = await services.registry.invoke(
        'storySetStatus',
        { id, status, ...(values.reason !== undefined ? { note: values.reason } : {}) },
        { transport: 'test' },
      );
      if (!result.ok) {
        const details = (result.error.details ?? {}) as { findings?: GateFinding[]; flags?: StoryFlag[] };
        writeRefusal(io, result.error.message, details.findings ?? [], details.flags ?? []);
        return 1;
      }
      const story = result.value as Story;
      if (values.json) writeJson(io, story);
      else io.stdout.write(`Story ${id}: ${before ? STATUS_LABELS[before] : '?'} → ${STATUS_LABELS[story.status]}\n`);
      return 0;
    });
  },
};
