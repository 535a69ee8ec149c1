// export* calls: the open story or a batch of stories to publish-ready HTML, through the writer in
// files/export and the desk's ready gate. Files only go into the export folder (Preferences →
// Publishing) or a subfolder of it named by one plain name: no path ever comes from the renderer.
import { mkdir, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { subfolderProblem, type ExportBatchResult } from '../../shared/contract/calls';
import { AppError } from '../../shared/contract/result';
import { renderPage } from '../../shared/render/page';
import type { MediaResolver, ResolvedMedia } from '../../shared/render/types';
import type { Story } from '../../shared/story/model';
import { exportBatch } from '../files/export/batch';
import { exportStoryToFolder, exportStoryToSingleFile, figureMediaIds } from '../files/export/exportStory';
import { exportBaseName } from '../files/export/fileNames';
import { dataUrl, loadImage } from '../files/export/images';
import { exportReadyGate } from '../files/export/readyGate';
import { wireSourceFor } from '../files/export/wireSource';
import type { MediaLibrary } from '../files/mediaLibrary';
import type { Handlers } from '../ipc/registry';
import { defaultDataDir } from '../paths';
import { copyDesk } from '../services/copyDesk';
import { writer, type HandlerDeps } from './deps';

type ExportHandlers = Pick<Handlers, 'exportInfo' | 'exportStory' | 'exportPage' | 'exportBatch' | 'exportCancel' | 'exportReveal'>;

const PAGE = 1000;

/** The export folder: the preference when set (a full path), else `<data folder>/exports`. */
export function exportRoot(preference: string, dataDir: string): string {
  const chosen = preference.trim();
  if (!chosen) return join(dataDir, 'exports');
  if (!isAbsolute(chosen))
    throw new AppError(
      'bad-input',
      `The export folder must be a full path (Preferences → Publishing); “${chosen.slice(0, 200)}” is not one.`,
    );
  return resolve(chosen);
}

/** True when `target` is `root` itself or lies inside it (both already resolved). */
function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

export function exportHandlers(deps: HandlerDeps, host: { dataDir?: string } = {}): ExportHandlers {
  const dataDir = host.dataDir ?? defaultDataDir();
  const gate = exportReadyGate(deps);
  const jobs = new Map<string, AbortController>();
  const root = () => exportRoot(deps.settings.get().exportFolder, dataDir);

  /** The library beside the database; without one, figures export with caption and credit only (each warned). */
  const media = (): MediaLibrary | null => {
    try {
      return deps.media;
    } catch {
      return null;
    }
  };

  async function folderFor(subfolder: string | undefined): Promise<string> {
    const base = root();
    // The contract checked the name; checked again where it becomes a path (defence in depth).
    const problem = subfolder === undefined ? null : subfolderProblem(subfolder);
    if (problem) throw new AppError('bad-input', `Subfolder: ${problem}`);
    const folder = subfolder ? join(base, subfolder) : base;
    if (!isInside(base, folder)) throw new AppError('bad-input', 'Subfolder: one folder name inside the export folder.');
    try {
      await mkdir(folder, { recursive: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new AppError(
        'unavailable',
        `${folder}: the export folder cannot be created (${code}). Choose another in Preferences → Publishing.`,
      );
    }
    return folder;
  }

  async function mustGet(id: number): Promise<Story> {
    const story = await deps.repo.get(id);
    if (!story) throw new AppError('not-found', `Story ${id} does not exist.`);
    return story;
  }

  /** The ready gate, as the batch and the CLI apply it: a refusal lists the findings. */
  async function mustBeReady(story: Story): Promise<void> {
    const verdict = await gate(story);
    if (verdict.ok) return;
    const name = story.headline ? `“${story.headline.slice(0, 80)}”` : `Story ${story.id}`;
    const n = verdict.findings.length;
    throw new AppError('refused', `${name} was not exported: the ready gate found ${n} problem${n === 1 ? '' : 's'}.`, {
      findings: verdict.findings,
    });
  }

  async function readyStories(): Promise<Story[]> {
    const ids: number[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const { stories, total } = await deps.repo.list({ status: ['ready'], limit: PAGE, offset });
      ids.push(...stories.map((s) => s.id));
      if (stories.length < PAGE || offset + PAGE >= total) break;
    }
    // Oldest first, as the CLI does: when two stories share a slug the older keeps the plain name.
    ids.sort((a, b) => a - b);
    return Promise.all(ids.map(mustGet));
  }

  /** Move an exported story to Published through the workflow (gate and history included). */
  async function markPublished(result: {
    id: number;
    file: string | null;
  }): Promise<Pick<ExportBatchResult, 'published' | 'publishError'>> {
    const story = await deps.repo.get(result.id);
    if (story?.status === 'published') return { published: true, publishError: null };
    try {
      const note = `Exported${result.file ? ` to ${result.file}` : ''}`;
      const moved = await copyDesk(deps).workflow.setStatus(result.id, 'published', note, writer(deps));
      deps.events.emit({ type: 'story-changed', id: moved.id, version: moved.version, status: moved.status, by: writer(deps).author });
      return { published: true, publishError: null };
    } catch (err) {
      return { published: false, publishError: (err as Error).message };
    }
  }

  return {
    exportInfo: () => ({ folder: root(), canReveal: Boolean(deps.shell) }),

    async exportStory({ id, format, subfolder }) {
      const story = await mustGet(id);
      await mustBeReady(story);
      const folder = await folderFor(subfolder);
      const write = format === 'single' ? exportStoryToSingleFile : exportStoryToFolder;
      const wire = await wireSourceFor(deps.wire, story);
      const result = await write(story, { outDir: folder, site: deps.settings.get().site, media: media(), wire });
      return {
        folder,
        page: result.file,
        files: [result.file, ...result.assets.map((asset) => join(folder, asset))],
        warnings: result.warnings,
      };
    },

    async exportPage({ id }) {
      const story = await mustGet(id);
      await mustBeReady(story);
      // The single-file export's page, kept in memory: the same renderer, images inlined.
      const warnings: string[] = [];
      const library = media();
      const images = new Map<string, ResolvedMedia>();
      for (const mediaId of figureMediaIds(story)) {
        const loaded = await loadImage(mediaId, library);
        if (loaded.ok) images.set(mediaId, { src: dataUrl(loaded.image), width: loaded.image.width, height: loaded.image.height });
        else warnings.push(loaded.warning);
      }
      const resolver: MediaResolver = (mediaId) => images.get(mediaId) ?? null;
      const wire = await wireSourceFor(deps.wire, story);
      const page = renderPage({ story, site: deps.settings.get().site, media: resolver, wire });
      return { fileName: `${exportBaseName(story)}.html`, html: page.html, warnings: [...warnings, ...page.warnings] };
    },

    async exportBatch({ jobId, scope, format, subfolder, markPublished: publish }) {
      if (jobs.has(jobId)) throw new AppError('bad-input', `An export with job id ${jobId} is already running.`);
      const controller = new AbortController();
      jobs.set(jobId, controller);
      try {
        // Every story is read before anything is written: a wrong id stops the batch cleanly.
        const stories = scope.kind === 'ready' ? await readyStories() : await Promise.all([...new Set(scope.ids)].map(mustGet));
        const folder = await folderFor(subfolder);
        const summary = await exportBatch(stories, {
          outDir: folder,
          site: deps.settings.get().site,
          singleFile: format === 'single',
          force: false,
          gate,
          media: media(),
          wire: deps.wire,
          signal: controller.signal,
          onProgress: ({ done, total, result }) =>
            deps.events.emit({
              type: 'export-progress',
              jobId,
              done,
              total,
              storyId: result.id,
              headline: result.headline,
              outcome: result.outcome,
            }),
        });
        const results: ExportBatchResult[] = [];
        for (const r of summary.results) {
          const moved = publish && r.outcome === 'exported' ? await markPublished(r) : { published: false, publishError: null };
          results.push({ ...r, ...moved });
        }
        if (results.some((r) => r.published)) deps.events.emit({ type: 'stories-changed', reason: 'published on export' });
        const { exported, refused, failed, skipped, cancelled } = summary;
        return { folder, results, exported, refused, failed, skipped, cancelled };
      } finally {
        jobs.delete(jobId);
      }
    },

    exportCancel({ jobId }) {
      const job = jobs.get(jobId);
      job?.abort();
      return { cancelled: Boolean(job) };
    },

    async exportReveal({ file }) {
      if (!deps.shell) throw new AppError('unavailable', 'Show in folder is only available in the desktop app.');
      const [base, target] = await Promise.all([realpath(root()).catch(() => null), realpath(resolve(file)).catch(() => null)]);
      if (!isAbsolute(file) || !base || !target || !isInside(base, target) || target === base)
        throw new AppError('refused', 'Only exported files inside the export folder can be shown.');
      deps.shell.showItemInFolder(target);
      return { shown: true };
    },
  };
}
