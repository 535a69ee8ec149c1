// Wire items as the desk sees them (the original agency copy behind a story), the flags the wire
// raises on stories, and the summary of an import.
import { z } from 'zod';
import { WIRE_FORMATS, type ParsedItem } from '../ingest/types';

const id = z.number().int().positive();

/** ParsedItem is produced by our own parsers; the schema checks its shape on the way out. */
export const parsedItemSchema = z.custom<ParsedItem>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ParsedItem).headline === 'string' &&
    Array.isArray((value as ParsedItem).body),
);

export const wireItemViewSchema = z.object({
  id,
  fileName: z.string(),
  format: z.enum(WIRE_FORMATS),
  encoding: z.string(),
  receivedAt: z.string(),
  itemIndex: z.number().int(),
  agency: z.string().nullable(),
  agencyId: z.string().nullable(),
  version: z.string().nullable(),
  slug: z.string().nullable(),
  headline: z.string(),
  advisory: z.string().nullable(),
  item: parsedItemSchema,
  /** The earlier version this item replaces, and later versions that replaced it. */
  previousId: id.nullable(),
  newerIds: z.array(id),
  /** The item an advisory (kill, correction…) concerns. */
  concernsId: id.nullable(),
  storyIds: z.array(id),
});
export type WireItemView = z.infer<typeof wireItemViewSchema>;

export const FLAG_KINDS = ['kill', 'hold', 'correction', 'withheld', 'update'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export const storyFlagSchema = z.object({
  id,
  storyId: id,
  kind: z.enum(FLAG_KINDS),
  wireItemId: id.nullable(),
  message: z.string(),
  createdAt: z.string(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  ackNote: z.string(),
});
export type StoryFlag = z.infer<typeof storyFlagSchema>;

/** Flags that stop a story from being exported or moved to Ready until acknowledged. */
export const BLOCKING_FLAGS: readonly FlagKind[] = ['kill', 'hold', 'withheld'];

export const importFileResultSchema = z.object({
  file: z.string(),
  outcome: z.enum(['imported', 'duplicate', 'rejected']),
  /** Why it was skipped or refused, for the person reading the summary. */
  message: z.string(),
  format: z.string().nullable(),
  wireItemIds: z.array(id),
  storyIds: z.array(id),
});
export type ImportFileResult = z.infer<typeof importFileResultSchema>;

export const importSummarySchema = z.object({
  files: z.array(importFileResultSchema),
  imported: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  items: z.number().int(),
  cancelled: z.boolean(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;
