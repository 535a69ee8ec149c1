// `slugline show ID`: one story, readable or as JSON.
import { documentText, figuresOf } from '../../../shared/story/text';
import { DB_OPTION, parseFlags, positiveInt, withDb, writeJson } from '../context';
import { CliError, type CliCommand } from '../io';

export const showCommand: CliCommand = {
  name: 'show',
  summary: 'Show one story',
  usage: `Usage: slugline show ID [--json] [--db PATH]`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { ...DB_OPTION, json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new CliError('give exactly one story ID', 2);
    const id = positiveInt(positionals[0], 'ID')!;
    return withDb(
      io,
      values.db,
      async ({ call }) => {
        const story = await call('storyGet', { id });
        if (values.json) {
          writeJson(io, story);
          return 0;
        }
        const lines = [
          `${story.headline || '(no headline)'}`,
          story.deck ? `  ${story.deck}` : null,
          '',
          `id ${story.id} · ${story.status} · version ${story.version} · updated ${story.updatedAt}`,
          story.slug ? `slug: ${story.slug}` : null,
          story.byline ? `byline: ${story.byline}` : null,
          story.dateline ? `dateline: ${story.dateline}` : null,
          story.credit ? `credit: ${story.credit}` : null,
          story.copyright ? `copyright: ${story.copyright}` : null,
          story.tags.length ? `tags: ${story.tags.join(', ')}` : null,
          '',
          documentText(story.body),
          ...figuresOf(story.body).map((f, i) => `\n[figure ${i + 1}] ${documentText(f.caption)}${f.credit ? ` (${f.credit})` : ''}`),
        ];
        io.stdout.write(`${lines.filter((l) => l !== null).join('\n')}\n`);
        return 0;
      },
      { read: true },
    );
  },
};
