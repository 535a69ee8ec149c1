// `slugline export`: stories to publish-ready HTML, through the same renderer as the preview.
// Each story passes the ready gate first; --force exports despite findings and lists them.
import { resolve } from 'node:path';
import type { SiteTemplate } from '../../../shared/render/types';
import type { Story } from '../../../shared/story/model';
import { exportStoryToFolder, exportStoryToSingleFile } from '../../files/export/exportStory';
import { exportReadyGate, type ReadyFinding, type ReadyGate } from '../../files/export/readyGate';
import { wireSourceFor } from '../../files/export/wireSource';
import { closeMediaLibrary, mediaLibraryFor, type MediaLibrary } from '../../files/mediaLibrary';
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
    return mediaLibraryFor(opened.services.dbPath);
  } catch (err) {
    io.stderr.write(`The media library could not be opened (${(err as Error).message}); figures are exported without their images.\n`);
    return null;
  }
}

const label = (story: Story) => `#${story.id}${story.slug ? ` ${story.slug}` : ''}`;

function writeFindings(io: CliIo, findings: ReadyFinding[]): void {
  for (const f of findings) io.stderr.write(`  ${f.severity} ${f.rule}: ${f.message}\n`);
}

interface BatchOptions {
  outDir: string;
  site: SiteTemplate;
  media: MediaLibrary | null;
  singleFile: boolean;
  force: boolean;
  gate: ReadyGate;
}

type Outcome = 'exported' | 'refused' | 'failed';

async function exportOne(opened: OpenedDb, story: Story, options: BatchOptions, taken: Set<string>, io: CliIo): Promise<Outcome> {
  const verdict = await options.gate(story);
  if (!verdict.ok && !options.force) {
    io.stderr.write(
      `${label(story)}: not exported, the ready gate found ${verdict.findings.length} problem(s) (use --force to export anyway):\n`,
    );
    writeFindings(io, verdict.findings);
    return 'refused';
  }
  if (verdict.findings.length) {
    io.stderr.write(`${label(story)}: ${verdict.ok ? 'findings' : 'exported despite the ready gate (--force)'}:\n`);
    writeFindings(io, verdict.findings);
  }
  const write = options.singleFile ? exportStoryToSingleFile : exportStoryToFolder;
  try {
    const wire = await wireSourceFor(opened.services.wire, story);
    const result = await write(story, { outDir: options.outDir, site: options.site, media: options.media, wire, taken });
    io.stdout.write(`${result.file}\n`);
    for (const w of result.warnings) io.stderr.write(`${label(story)}: warning: ${w}\n`);
    return 'exported';
  } catch (err) {
    io.stderr.write(`${label(story)}: could not be written: ${(err as Error).message}\n`);
    return 'failed';
  }
}

async function exportBatch(opened: OpenedDb, stories: Story[], options: BatchOptions, io: CliIo): Promise<number> {
  const taken = new Set<string>();
  const count: Record<Outcome, number> = { exported: 0, refused: 0, failed: 0 };
  for (const story of stories) count[await exportOne(opened, story, options, taken, io)]++;
  const problems = [count.refused ? `${count.refused} refused by the ready gate` : '', count.failed ? `${count.failed} failed` : '']
    .filter(Boolean)
    .join(', ');
  const noun = stories.length === 1 ? 'story' : 'stories';
  io.stderr.write(`Exported ${count.exported} of ${stories.length} ${noun} to ${options.outDir}${problems ? ` (${problems})` : ''}.\n`);
  return count.refused || count.failed ? 1 : 0;
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
          try {
            const site = opened.services.settings.get().site;
            const options = {
              outDir,
              site,
              media,
              singleFile: !!values['single-file'],
              force: !!values.force,
              gate: deps.readyGate ?? exportReadyGate(opened.services),
            };
            return await exportBatch(opened, stories, options, io);
          } finally {
            if (!deps.mediaLibrary) closeMediaLibrary(opened.services.dbPath);
          }
        },
        { read: true },
      );
    },
  };
}

export const exportCommand: CliCommand = createExportCommand();
