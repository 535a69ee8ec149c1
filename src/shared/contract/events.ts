// Events main pushes to every open window or tab, so two views of one story stay consistent.
import { z } from 'zod';

export const appEventSchema = z.discriminatedUnion('type', [
  /** A story was written (saved, status changed...). `version` is its content version now. */
  z.object({ type: z.literal('story-changed'), id: z.number(), version: z.number(), status: z.string(), by: z.string() }),
  /** Many stories changed at once (import, bulk action): lists should reload. */
  z.object({ type: z.literal('stories-changed'), reason: z.string() }),
  /** An import is under way: `done` of `total` files; `file` is the one being read. */
  z.object({ type: z.literal('import-progress'), jobId: z.string(), done: z.number(), total: z.number(), file: z.string() }),
  /** The wire raised flags (a newer version, a kill…) on these stories. */
  z.object({ type: z.literal('story-flagged'), storyIds: z.array(z.number()) }),
  /** Someone claimed, released or took over a story (holder null = nobody holds it now). */
  z.object({ type: z.literal('claim-changed'), storyId: z.number(), holder: z.string().nullable(), seat: z.string().nullable() }),
  /** A batch export is under way: `done` of `total` stories; `outcome` of the one just finished. */
  z.object({
    type: z.literal('export-progress'),
    jobId: z.string(),
    done: z.number(),
    total: z.number(),
    storyId: z.number(),
    headline: z.string(),
    outcome: z.enum(['exported', 'refused', 'failed']),
  }),
]);
export type AppEvent = z.infer<typeof appEventSchema>;
