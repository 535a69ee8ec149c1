// `slugline list`: stories newest first, optionally by status.
import { STORY_STATUSES, type StoryStatus } from '../../../shared/story/model';
import { DB_OPTION, parseFlags, positiveInt, withDb, writeJson } from '../context';
import { CliError, type CliCommand } from '../io';

export function parseStatus(value: string): StoryStatus {
  const aliases: Record<string, StoryStatus> = { 'in-edit': 'edit', 'copy-desk': 'copy' };
  const status = (aliases[value.toLowerCase()] ?? value.toLowerCase()) as StoryStatus;
  if (!STORY_STATUSES.includes(status)) {
    throw new CliError(`unknown status "${value}" (use one of: ${STORY_STATUSES.join(', ')})`, 2);
  }
  return status;
}

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'List stories, newest first',
  usage: `Usage: slugline list [--status S] [--limit N] [--json] [--db PATH]

  --status S   only stories in this status (${STORY_STATUSES.join(', ')}); may be repeated
  --limit N    at most N stories (default 100)
  --json       print {"stories": [{id, slug, status, headline, updated, ...}]}`,
  async run(args, io) {
    const { values } = parseFlags(
      args,
      { ...DB_OPTION, status: { type: 'string', multiple: true }, limit: { type: 'string' }, json: { type: 'boolean' } },
      false,
    );
    const status = values.status?.map(parseStatus);
    const limit = positiveInt(values.limit, '--limit') ?? 100;
    return withDb(
      io,
      values.db,
      async ({ call }) => {
        const { stories, total } = await call('storyList', { ...(status ? { status } : {}), limit: Math.min(limit, 1000) });
        if (values.json) {
          writeJson(io, { stories, total });
          return 0;
        }
        if (stories.length === 0) io.stdout.write('No stories.\n');
        for (const s of stories) {
          io.stdout.write(
            `${String(s.id).padStart(6)}  ${s.status.padEnd(9)} ${s.updated.slice(0, 16).replace('T', ' ')}  ${s.headline || '(no headline)'}\n`,
          );
        }
        if (total > stories.length) io.stdout.write(`… ${total - stories.length} more (use --limit)\n`);
        return 0;
      },
      { read: true },
    );
  },
};
