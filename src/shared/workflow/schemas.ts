// Shapes the copy desk sends and receives: desk queries and rows, counts, bulk results, the
// story's workflow history, ready-gate verdicts, waivers and claims. Validated at the boundary.
import { z } from 'zod';
import { storyPatchSchema, storyStatusSchema, STORY_STATUSES } from '../story/model';
import { storyFlagSchema } from '../wire/model';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const timestamp = z.string().max(40);
const date = z.iso.datetime({ offset: true }).or(z.iso.date());

/** Filters shared by the desk list, its counts and bulk "select all". */
export const deskFiltersSchema = z.object({
  status: z.array(storyStatusSchema).max(STORY_STATUSES.length).optional(),
  tag: z.string().trim().min(1).max(80).optional(),
  agency: z.string().trim().min(1).max(80).optional(),
  /** Updated on or after / before (a date covers the whole day). */
  from: date.optional(),
  to: date.optional(),
  /** Only stories with error findings not waived, or unacknowledged blocking wire flags. */
  problems: z.boolean().optional(),
});
export type DeskFilters = z.infer<typeof deskFiltersSchema>;

export const DESK_SORTS = ['updated', 'priority', 'agency'] as const;
export type DeskSort = (typeof DESK_SORTS)[number];

export const deskQuerySchema = deskFiltersSchema.extend({
  /** Search text (the search box's query language); empty = list. */
  text: z.string().max(500).optional(),
  /** With text: newest first (default) or best matches first. */
  order: z.enum(['newest', 'relevance']).optional(),
  /** Without text: the list's sort. */
  sort: z.enum(DESK_SORTS).optional(),
  limit: z.number().int().min(1).max(500).optional(),
  offset: z.number().int().min(0).max(100_000).optional(),
});
export type DeskQuery = z.infer<typeof deskQuerySchema>;

export const claimHolderSchema = z.object({ holder: z.string(), seat: z.string(), heartbeatAt: timestamp, stale: z.boolean() });
export type ClaimHolder = z.infer<typeof claimHolderSchema>;

export const deskItemSchema = z.object({
  id,
  slug: z.string(),
  status: storyStatusSchema,
  headline: z.string(),
  byline: z.string(),
  agency: z.string().nullable(),
  priority: z.number().int().nullable(),
  words: z.number().int().min(0),
  tags: z.array(z.string()),
  updated: timestamp,
  version: z.number().int().positive(),
  /** Search snippet: escaped HTML with <mark> around matches (only when searching). */
  snippet: z.string().optional(),
  /** Error findings not waived (null = not checked yet) and unacknowledged blocking flags. */
  errors: z.number().int().min(0).nullable(),
  flags: z.number().int().min(0),
  /** Who holds the story open for editing (live or stale), if anyone. */
  claim: claimHolderSchema.nullable(),
});
export type DeskItem = z.infer<typeof deskItemSchema>;

export const deskListResponseSchema = z.object({
  items: z.array(deskItemSchema),
  /** Matching stories; a lower bound when `totalCapped`. */
  total: z.number().int().min(0),
  totalCapped: z.boolean(),
  /** Ranked search on a very common term ranks the newest N matches only; N, else null. */
  rankedAmong: z.number().int().nullable(),
});
export type DeskListResponse = z.infer<typeof deskListResponseSchema>;

export const storyCountsSchema = z.object({
  counts: z.record(storyStatusSchema, z.number().int().min(0)),
  /** Active (not spiked) stories with problems, under the same filters. */
  problems: z.number().int().min(0),
});
export type StoryCounts = z.infer<typeof storyCountsSchema>;

/** A finding as the gate reports it (the checks engine's Finding, validated on the way out). */
export const gateFindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  field: z.string(),
  index: z.number().int().min(0).optional(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  message: z.string(),
  fix: z.string().nullable(),
  excerpt: z.string(),
});
export type GateFinding = z.infer<typeof gateFindingSchema>;

export const gateVerdictSchema = z.object({
  ok: z.boolean(),
  /** Error findings that still block (not waived). */
  findings: z.array(gateFindingSchema),
  /** Findings a waiver covers (shown as waived, never blocking). */
  waived: z.array(gateFindingSchema),
  /** Unacknowledged kill, hold and withheld flags. */
  flags: z.array(storyFlagSchema),
});
export type GateVerdict = z.infer<typeof gateVerdictSchema>;

export const refusalSchema = z.object({
  id,
  headline: z.string(),
  code: z.string(),
  message: z.string(),
  findings: z.array(gateFindingSchema).optional(),
  flags: z.array(storyFlagSchema).optional(),
});
export type Refusal = z.infer<typeof refusalSchema>;

export const bulkStatusResultSchema = z.object({
  moved: z.array(z.object({ id, from: storyStatusSchema, to: storyStatusSchema })),
  refused: z.array(refusalSchema),
});
export type BulkStatusResult = z.infer<typeof bulkStatusResultSchema>;

export const bulkTagResultSchema = z.object({ changed: z.array(id), unchanged: z.array(id), refused: z.array(refusalSchema) });
export type BulkTagResult = z.infer<typeof bulkTagResultSchema>;

export const workflowEventSchema = z.object({
  id,
  storyId: id,
  at: timestamp,
  who: z.string(),
  /** create, status, spike, unspike, waive, unwaive, takeover, flag-ack… */
  kind: z.string(),
  fromStatus: storyStatusSchema.nullable(),
  toStatus: storyStatusSchema.nullable(),
  note: z.string(),
});
export type WorkflowEvent = z.infer<typeof workflowEventSchema>;

export const waiverRecordSchema = z.object({
  id,
  storyId: id,
  rule: z.string(),
  field: z.string(),
  index: z.number().int().min(0).nullable(),
  excerpt: z.string(),
  reason: z.string(),
  by: z.string(),
  at: timestamp,
});
export type WaiverRecord = z.infer<typeof waiverRecordSchema>;

/** A seat: one window or tab. Generated by the renderer; only ever compared, never trusted. */
export const seatSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** Unsaved text a seat holds: the patch over the version it started from. */
export const claimDraftSchema = z.object({ version: id, patch: storyPatchSchema });
export type ClaimDraft = z.infer<typeof claimDraftSchema>;

export const claimStateSchema = z.object({
  storyId: id,
  /** This seat holds the story. */
  mine: z.boolean(),
  /** The current holder (this seat or another), or null when nobody holds it. */
  holder: z.string().nullable(),
  heartbeatAt: timestamp.nullable(),
  /** Held by another seat that has not been heard from for the stale period. */
  stale: z.boolean(),
  canTakeOver: z.boolean(),
  /** This seat held the story and lost it to a takeover; its late text was kept as this revision. */
  keptRevisionId: id.nullable(),
});
export type ClaimState = z.infer<typeof claimStateSchema>;
