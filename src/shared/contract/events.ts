// Events main pushes to every open window or tab, so two views of one story stay consistent.
import { z } from 'zod';

export const appEventSchema = z.discriminatedUnion('type', [
  /** A story was written (saved, status changed...). `version` is its content version now. */
  z.object({ type: z.literal('story-changed'), id: z.number(), version: z.number(), status: z.string(), by: z.string() }),
  /** Many stories changed at once (import, bulk action): lists should reload. */
  z.object({ type: z.literal('stories-changed'), reason: z.string() }),
]);
export type AppEvent = z.infer<typeof appEventSchema>;
