// `slugline search QUERY`: the search box's query language from the command line.
import { DB_OPTION, parseFlags, positiveInt, withDb, writeJson } from '../context';
import { CliError, type CliCommand } from '../io';
import { parseStatus } from './list';

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Full-text search over stories',
  usage: `Usage: slugline search QUERY [--status S] [--ranked] [--limit N] [--json] [--db PATH]

  QUERY        words (all must match), "a phrase", prefix*, -exclude, a OR b, headline:word
  --ranked     best matches first (default: newest first)
  --json       print {"results": [{id, headline, status, snippet, ...}]}; snippets mark matches with <mark>`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      ...DB_OPTION,
      status: { type: 'string', multiple: true },
      ranked: { type: 'boolean' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    });
    const text = positionals.join(' ').trim();
    if (!text) throw new CliError('give a search query', 2);
    const status = values.status?.map(parseStatus);
    return withDb(
      io,
      values.db,
      async ({ call }) => {
        const { results, total } = await call('storySearch', {
          text,
          ...(status ? { status } : {}),
          order: values.ranked ? 'relevance' : 'newest',
          limit: Math.min(positiveInt(values.limit, '--limit') ?? 50, 1000),
        });
        if (values.json) {
          writeJson(io, { results, total });
          return 0;
        }
        if (results.length === 0) io.stdout.write('No matches.\n');
        for (const r of results) {
          const snippet = r.snippet
            .replace(/<\/?mark>/g, (m) => (m === '<mark>' ? '[' : ']'))
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&amp;/g, '&');
          io.stdout.write(`${String(r.id).padStart(6)}  ${r.status.padEnd(9)} ${r.headline}\n        ${snippet}\n`);
        }
        return 0;
      },
      { read: true },
    );
  },
};
