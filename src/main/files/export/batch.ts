// Exporting several stories into one folder: the ready gate per story, shared asset names and
// de-duplicated page names, progress after each story, cancel between stories, and a summary.
// The CLI and the app's batch export both run this, so they refuse and name files alike.
import type { SiteTemplate } from '../../../shared/render/types';
import type { Story } from '../../../shared/story/model';
import type { WireRepository } from '../../db/wireRepository';
import type { MediaLibrary } from '../mediaLibrary';
import { exportStoryToFolder, exportStoryToSingleFile } from './exportStory';
import type { ReadyFinding, ReadyGate } from './readyGate';
import { wireSourceFor } from './wireSource';

export interface BatchExportOptions {
  outDir: string;
  site: SiteTemplate;
  /** One self-contained file per story instead of pages sharing an assets/ folder. */
  singleFile: boolean;
  /** Export stories the gate refuses (their findings are still reported). */
  force: boolean;
  gate: ReadyGate;
  media: MediaLibrary | null;
  wire: Pick<WireRepository, 'get'>;
  /** Checked between stories: a story being written is always finished (or not started). */
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number; result: StoryExportResult }) => void;
}

export type StoryExportOutcome = 'exported' | 'refused' | 'failed';

export interface StoryExportResult {
  id: number;
  slug: string;
  headline: string;
  outcome: StoryExportOutcome;
  /** The page written (exported only). */
  file: string | null;
  /** Gate findings: why it was refused, or what --force exported despite. */
  findings: ReadyFinding[];
  /** Exported although the gate refused it (force). */
  forced: boolean;
  warnings: string[];
  /** Why it could not be written (failed only). */
  error: string | null;
}

export interface BatchExportSummary {
  results: StoryExportResult[];
  exported: number;
  refused: number;
  failed: number;
  /** Stories not reached because the batch was cancelled. */
  skipped: number;
  cancelled: boolean;
}

async function exportOne(story: Story, options: BatchExportOptions, taken: Set<string>): Promise<StoryExportResult> {
  const verdict = await options.gate(story);
  const base = { id: story.id, slug: story.slug, headline: story.headline, file: null, warnings: [], error: null, forced: !verdict.ok };
  if (!verdict.ok && !options.force) return { ...base, outcome: 'refused', findings: verdict.findings, forced: false };
  const write = options.singleFile ? exportStoryToSingleFile : exportStoryToFolder;
  try {
    const wire = await wireSourceFor(options.wire, story);
    const result = await write(story, { outDir: options.outDir, site: options.site, media: options.media, wire, taken });
    return { ...base, outcome: 'exported', file: result.file, findings: verdict.findings, warnings: result.warnings };
  } catch (err) {
    return { ...base, outcome: 'failed', findings: verdict.findings, error: (err as Error).message };
  }
}

export async function exportBatch(stories: readonly Story[], options: BatchExportOptions): Promise<BatchExportSummary> {
  const taken = new Set<string>();
  const results: StoryExportResult[] = [];
  for (const story of stories) {
    if (options.signal?.aborted) break;
    const result = await exportOne(story, options, taken);
    results.push(result);
    options.onProgress?.({ done: results.length, total: stories.length, result });
  }
  const count = (outcome: StoryExportOutcome) => results.filter((r) => r.outcome === outcome).length;
  return {
    results,
    exported: count('exported'),
    refused: count('refused'),
    failed: count('failed'),
    skipped: stories.length - results.length,
    cancelled: results.length < stories.length,
  };
}
