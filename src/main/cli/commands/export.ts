// `slugline export`: stories to publish-ready HTML, through the same renderer as the preview.
// Each story passes the ready gate first; --force exports despite findings and lists them.
import { resolve } from 'node:path';
import type { Story } from '../../../shared/story/model';
import { exportBatch, type BatchExportSummary, type StoryExportResult } from '../../files/export/batch';
import { exportReadyGate, type ReadyFinding, type ReadyGate } from '../../files/export/readyGate';
import type { MediaLibrary } from '../../files/mediaLibrary';
import { DB_OPTION, parseFlags, positiveInt, withDb, type OpenedDb } from '../context';
import { CliError, type CliCommand, type CliIo } from '../io';
import { parseStatus } from './list';

export interface ExportCommandDeps {
  /** Default: the desk's ready gate (checks engine findings not waived, open kill/hold flags). */
  readyGate?: ReadyGate;
  /** The media library of the opened database (default: the library beside it, `news.db` → `news.media/`). */
  mediaLibrary?: (opened: OpenedDb) => MediaLibrary | null;
}

const PAGE = 1000;

const USAGE = `Usage: slugline export ID… --out DIR [--single-file] [--force] [--db PATH]
       slugline export --status S --out DIR [--single-file] [--force] [--db PATH]

  ID…            the stories to export
  --status S     every story in this status instead (usually: ready)
  --out DIR      the folder to write into (created if missing)
  --single-file  one self-contained SLUG.html per story, images inlined
                 (default: SLUG.html plus an assets/ folder shared by the pages)
  --force        export stories the ready gate refuses; their findings go to stderr

Prints the path of each page written; warnings (missing images, …) and findings go to stderr.
Exits 1 if any story was refused or could not be written.`;

async function storiesToExport(call: OpenedDb['call'], ids: number[], status: string | undefined): Promise<Story[]> {
  if (status) {
    const wanted = parseStatus(status);
    ids = [];
    for (let offset = 0; ; offset += PAGE) {
      const { stories, total } = await call('storyList', { status: [wanted], limit: PAGE, offset });
      ids.push(...stories.map((s) => s.id));
      if (stories.length < PAGE || offset + PAGE >= total) break;
    }
    // Oldest first, so when two stories share a slug the older one keeps the plain file name.
    ids.sort((a, b) => a - b);
  }
  // Every story is fetched before anything is written: a wrong id stops the batch cleanly.
  const stories: Story[] = [];
  for (const id of ids) stories.push(await call('storyGet', { id }));
  return stories;
}

/** The library beside the database; if it cannot be opened, figures export without images (each with a warning). */
function defaultMediaLibrary(opened: OpenedDb, io: CliIo): MediaLibrary | null {
  try {
    return opened.services.media;
  } catch (err) {
    io.stderr.write(`The media library could not be opened (${(err as Error).message}); figures are exported without their images.\n`);
    return null;
  }
}

const label = (r: StoryExportResult) => `#${r.id}${r.slug ? ` ${r.slug}` : ''}`;

function writeFindings(io: CliIo, findings: ReadyFinding[]): void {
  for (const f of findings) io.stderr.write(`  ${f.severity} ${f.rule}: ${f.message}\n`);
}

/** One story's lines: the page path on stdout (scriptable), everything a person reads on stderr. */
function report(io: CliIo, r: StoryExportResult): void {
  if (r.outcome === 'refused') {
    io.stderr.write(`${label(r)}: not exported, the ready gate found ${r.findings.length} problem(s) (use --force to export anyway):\n`);
    writeFindings(io, r.findings);
    return;
  }
  if (r.findings.length) {
    io.stderr.write(`${label(r)}: ${r.forced ? 'exported despite the ready gate (--force)' : 'findings'}:\n`);
    writeFindings(io, r.findings);
  }
  if (r.outcome === 'failed') io.stderr.write(`${label(r)}: could not be written: ${r.error}\n`);
  else io.stdout.write(`${r.file}\n`);
  for (const w of r.warnings) io.stderr.write(`${label(r)}: warning: ${w}\n`);
}

function summary(io: CliIo, s: BatchExportSummary, outDir: string): number {
  const total = s.results.length + s.skipped;
  const problems = [s.refused ? `${s.refused} refused by the ready gate` : '', s.failed ? `${s.failed} failed` : '']
    .filter(Boolean)
    .join(', ');
  io.stderr.write(
    `Exported ${s.exported} of ${total} ${total === 1 ? 'story' : 'stories'} to ${outDir}${problems ? ` (${problems})` : ''}.\n`,
  );
  return s.refused || s.failed ? 1 : 0;
}

export function createExportCommand(deps: ExportCommandDeps = {}): CliCommand {
  return {
    name: 'export',
    summary: 'Export stories as publish-ready HTML pages',
    usage: USAGE,
    async run(args, io) {
      const { values, positionals } = parseFlags(args, {
        ...DB_OPTION,
        status: { type: 'string' },
        out: { type: 'string' },
        'single-file': { type: 'boolean' },
        force: { type: 'boolean' },
      });
      if (!values.out) throw new CliError('--out DIR is required (the folder to write the pages into)', 2);
      if (positionals.length && values.status) throw new CliError('give story IDs or --status, not both', 2);
      if (!positionals.length && !values.status) throw new CliError('give story IDs or --status S (e.g. --status ready)', 2);
      const ids = positionals.map((p) => positiveInt(p, 'ID')!);
      const outDir = resolve(io.cwd, values.out);
      return withDb(
        io,
        values.db,
        async (opened) => {
          const stories = await storiesToExport(opened.call, ids, values.status);
          if (!stories.length) {
            io.stderr.write(`No stories in status "${values.status}".\n`);
            return 0;
          }
          const media = deps.mediaLibrary ? deps.mediaLibrary(opened) : defaultMediaLibrary(opened, io);
          const result = await exportBatch(stories, {
            outDir,
            site: opened.services.settings.get().site,
            media,
            wire: opened.services.wire,
            singleFile: !!values['single-file'],
            force: !!values.force,
            gate: deps.readyGate ?? exportReadyGate(opened.services),
            onProgress: ({ result }) => report(io, result),
          });
          return summary(io, result, outDir);
        },
        { read: true },
      );
    },
  };
}

export const exportCommand: CliCommand = createExportCommand();
