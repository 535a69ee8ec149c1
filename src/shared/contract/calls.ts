// The one contract between renderer and main: for each call, its request and response schema.
// Main validates every request against it (src/main/ipc/registry.ts); the renderer's bridge is typed by it.
import { z } from 'zod';
import { preferencesPatchSchema, preferencesSchema } from '../settings/preferences';
import {
  revisionSchema,
  revisionSummarySchema,
  searchHitSchema,
  storyListQuerySchema,
  storyPatchSchema,
  storySchema,
  storySearchQuerySchema,
  storySummarySchema,
} from '../story/model';
import { deskCalls } from '../workflow/contract';
import { importFileResultSchema, importSummarySchema, storyFlagSchema, wireItemViewSchema } from '../wire/model';
import type { CallName } from './names';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const note = z.string().max(2000);
const empty = z.object({}).strict();
const backupInfoSchema = z.object({
  file: z.string(),
  kind: z.enum(['automatic', 'manual', 'before-restore']),
  createdAt: z.string(),
  bytes: z.number().int(),
});
/** The repairs of one wire item that editors reverted, who and when. */
const repairRevertsSchema = z.object({
  reverts: z.array(z.object({ repairIndex: z.number().int().min(0), by: z.string(), at: z.string() })),
});
const jobId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/);

// Publish (export to HTML). Files only ever go into the export folder from preferences, or a
// subfolder of it the person names: one plain name, checked here for both processes.
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\$|conout\$|clock\$)(?:\..*)?$/i;
/** Letters and digits of any script, with spaces and . _ - ( ) between them. */
const PLAIN_NAME = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N} ._()-]*[\p{L}\p{M}\p{N})_-])?$/u;
export const MAX_SUBFOLDER_CHARS = 64;

/** Why `name` cannot be an export subfolder, for the person typing it; null when it can. */
export function subfolderProblem(name: string): string | null {
  if (name.length === 0) return 'Give the folder a name.';
  if (name.length > MAX_SUBFOLDER_CHARS) return `At most ${MAX_SUBFOLDER_CHARS} characters.`;
  if (/[/\\]/.test(name)) return 'One folder name, not a path: leave out / and \\.';
  if (name.startsWith('.')) return 'A folder name cannot start with a dot.';
  if (/^\s|[\s.]$/.test(name)) return 'A folder name cannot begin or end with a space, or end with a dot.';
  if (WINDOWS_DEVICE.test(name)) return `“${name}” is a device name on Windows; choose another.`;
  if (name !== name.normalize('NFC') || !PLAIN_NAME.test(name)) return 'Use letters, digits, spaces and . _ - ( ) only.';
  return null;
}

export const exportSubfolderSchema = z.string().superRefine((name, ctx) => {
  const problem = subfolderProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const exportFormat = z.enum(['single', 'folder']);
const readyFindingSchema = z.object({ rule: z.string(), severity: z.string(), message: z.string() });
/** The `details` of a `refused` error from exportStory and exportPage: what the ready gate found. */
export const exportRefusalSchema = z.object({ findings: z.array(readyFindingSchema) });
const exportResultSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  headline: z.string(),
  outcome: z.enum(['exported', 'refused', 'failed']),
  /** The page written (absolute path), when exported. */
  file: z.string().nullable(),
  findings: z.array(readyFindingSchema),
  warnings: z.array(z.string()),
  error: z.string().nullable(),
  /** Moved to Published after the export (only when asked, and only if the workflow allowed it). */
  published: z.boolean(),
  publishError: z.string().nullable(),
});
export type ExportBatchResult = z.infer<typeof exportResultSchema>;

export const contract = {
  appInfo: {
    request: empty,
    response: z.object({
      version: z.string(),
      mode: z.enum(['electron', 'browser', 'cli']),
      dbPath: z.string(),
      schemaVersion: z.number().int(),
      userName: z.string(),
    }),
  },
  settingsGet: { request: empty, response: preferencesSchema },
  settingsUpdate: { request: z.object({ patch: preferencesPatchSchema }).strict(), response: preferencesSchema },

  storyList: {
    request: storyListQuerySchema.strict(),
    response: z.object({ stories: z.array(storySummarySchema), total: z.number().int().min(0) }),
  },
  storyGet: { request: z.object({ id }).strict(), response: storySchema },
  storyCreate: { request: z.object({ fields: storyPatchSchema.optional() }).strict(), response: storySchema },
  storyUpdate: {
    request: z
      .object({
        id,
        /** The version the editor started from; a newer stored version refuses the write (conflict). */
        version: id,
        patch: storyPatchSchema,
        /** `autosave` revisions are coalesced; `save` creates a named revision. */
        mode: z.enum(['autosave', 'save']),
        note: note.optional(),
      })
      .strict(),
    response: storySchema,
  },
  storySearch: {
    request: storySearchQuerySchema.strict(),
    response: z.object({ results: z.array(searchHitSchema), total: z.number().int().min(0) }),
  },
  storySpike: { request: z.object({ id, note: note.optional() }).strict(), response: storySchema },
  storyUnspike: { request: z.object({ id, note: note.optional() }).strict(), response: storySchema },

  revisionList: {
    request: z.object({ storyId: id }).strict(),
    response: z.object({ revisions: z.array(revisionSummarySchema) }),
  },
  revisionGet: { request: z.object({ id }).strict(), response: revisionSchema },
  revisionRestore: {
    request: z.object({ storyId: id, revisionId: id, version: id }).strict(),
    response: storySchema,
  },
  tagList: {
    request: z.object({ prefix: z.string().max(80).optional(), limit: z.number().int().min(1).max(500).optional() }).strict(),
    response: z.object({ tags: z.array(z.object({ name: z.string(), count: z.number().int() })) }),
  },

  wireImport: {
    request: z
      .object({
        /** Chosen by the caller so it can follow progress events and cancel. */
        jobId: jobId,
        files: z
          .array(z.object({ name: z.string().min(1).max(255), dataBase64: z.string().max(30_000_000) }))
          .min(1)
          .max(500),
      })
      .strict(),
    response: importSummarySchema,
  },
  wireImportText: {
    request: z.object({ jobId: jobId, text: z.string().min(1).max(20_000_000), name: z.string().min(1).max(255).optional() }).strict(),
    response: importSummarySchema,
  },
  wireImportCancel: { request: z.object({ jobId: jobId }).strict(), response: z.object({ cancelled: z.boolean() }) },
  wireGet: { request: z.object({ id }).strict(), response: wireItemViewSchema },
  storyFlags: { request: z.object({ storyId: id }).strict(), response: z.object({ flags: z.array(storyFlagSchema) }) },
  storyFlagAck: { request: z.object({ flagId: id, note: note }).strict(), response: storyFlagSchema },
  watchStatus: {
    request: empty,
    response: z.object({
      folder: z.string(),
      active: z.boolean(),
      error: z.string().nullable(),
      recent: z.array(importFileResultSchema),
    }),
  },

  /** Copy an image into the media library (content-addressed; PNG, JPEG, GIF or WebP only). */
  mediaImport: {
    request: z
      .object({
        fileName: z.string().min(1).max(255),
        /** The file's bytes, base64; 25 MB at most once decoded. */
        dataBase64: z
          .string()
          .min(1)
          .max(36_000_000)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
      })
      .strict(),
    response: z.object({
      id: z.string().regex(/^[a-f0-9]{64}$/),
      width: z.number().int().min(1),
      height: z.number().int().min(1),
      mime: z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']),
    }),
  },
  backupList: { request: empty, response: z.object({ folder: z.string(), backups: z.array(backupInfoSchema) }) },
  backupNow: { request: empty, response: backupInfoSchema },
  backupRestore: {
    /** A backup by its listed file name (never a path): the current database is backed up first. */
    request: z.object({ file: z.string().regex(/^[^/\\]{1,255}$/) }).strict(),
    response: z.object({ restored: z.string(), safetyCopy: backupInfoSchema }),
  },

  // The copy desk: workflow, desk views, bulk actions, claims, captions and credits.
  ...deskCalls,

  // Rewrite from wire: text repairs an editor reverted on a wire item (shown as they arrived).
  wireRepairReverts: { request: z.object({ wireItemId: id }).strict(), response: repairRevertsSchema },
  wireRepairRevert: {
    request: z
      .object({
        wireItemId: id,
        /** Index in the item's `repairs`; checked against the stored item. */
        repairIndex: z.number().int().min(0).max(100_000),
        /** true: show the original characters; false: put the repair back. */
        reverted: z.boolean(),
      })
      .strict(),
    response: repairRevertsSchema,
  },

  // Publish: export to the export folder (Preferences → Publishing); refusals carry exportRefusalSchema.
  exportInfo: { request: empty, response: z.object({ folder: z.string(), canReveal: z.boolean() }) },
  exportStory: {
    request: z.object({ id, format: exportFormat, subfolder: exportSubfolderSchema.optional() }).strict(),
    response: z.object({
      folder: z.string(),
      /** The page (absolute path) and, for a folder export, its images under assets/. */
      page: z.string(),
      files: z.array(z.string()),
      warnings: z.array(z.string()),
    }),
  },
  /** The single-file page as text, for the browser mode's Download (nothing is written). */
  exportPage: {
    request: z.object({ id }).strict(),
    response: z.object({ fileName: z.string(), html: z.string(), warnings: z.array(z.string()) }),
  },
  exportBatch: {
    request: z
      .object({
        jobId,
        scope: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('selection'), ids: z.array(id).min(1).max(5000) }).strict(),
          z.object({ kind: z.literal('ready') }).strict(),
        ]),
        format: exportFormat,
        subfolder: exportSubfolderSchema.optional(),
        markPublished: z.boolean(),
      })
      .strict(),
    response: z.object({
      folder: z.string(),
      results: z.array(exportResultSchema),
      exported: z.number().int(),
      refused: z.number().int(),
      failed: z.number().int(),
      skipped: z.number().int(),
      cancelled: z.boolean(),
    }),
  },
  /** Stop a batch after the story being written. */
  exportCancel: { request: z.object({ jobId }).strict(), response: z.object({ cancelled: z.boolean() }) },
  /** Electron: show an exported file in the system file manager (only files inside the export folder). */
  exportReveal: { request: z.object({ file: z.string().min(1).max(4096) }).strict(), response: z.object({ shown: z.boolean() }) },
} satisfies Record<CallName, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type CallRequest<N extends CallName> = z.input<Contract[N]['request']>;
export type CallResponse<N extends CallName> = z.output<Contract[N]['response']>;

// Compile-time check that the contract declares no call missing from CALL_NAMES.
type ExtraCalls = Exclude<keyof Contract, CallName>;
const noExtraCalls: ExtraCalls extends never ? true : never = true;
void noExtraCalls;
