// The copy desk's calls (workflow, desk views and bulk actions, claims, captions and credits),
// spread into the one contract in contract/calls.ts. Names are listed in contract/names.ts.
import { z } from 'zod';
import {
  creditChangeSchema,
  creditsApplyRequestSchema,
  creditsApplyResultSchema,
  creditsPreviewRequestSchema,
  figureEditSchema,
  figureQuerySchema,
  figureRowSchema,
} from '../credits/schemas';
import { storySchema, storyStatusSchema } from '../story/model';
import {
  bulkStatusResultSchema,
  bulkTagResultSchema,
  claimDraftSchema,
  claimStateSchema,
  deskFiltersSchema,
  deskListResponseSchema,
  deskQuerySchema,
  gateVerdictSchema,
  seatSchema,
  storyCountsSchema,
  waiverRecordSchema,
  workflowEventSchema,
} from './schemas';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const note = z.string().max(2000);
const ids = z.array(id).min(1).max(1000);
const tag = z.string().trim().min(1).max(80);
const holder = z.string().trim().min(1).max(80);

export const deskCalls = {
  /** Move a story to another status under the workflow rules; Ready and Published pass the gate. */
  storySetStatus: { request: z.object({ id, status: storyStatusSchema, note: note.optional() }).strict(), response: storySchema },
  /** The story's workflow history (status changes, spikes, waivers, takeovers), newest first. */
  storyEvents: { request: z.object({ storyId: id }).strict(), response: z.object({ events: z.array(workflowEventSchema) }) },
  /** What the ready gate says about a story now (the Checks panel and the Ready button use it). */
  storyGate: { request: z.object({ id }).strict(), response: gateVerdictSchema },
  findingWaive: {
    request: z
      .object({
        storyId: id,
        rule: z.string().min(1).max(64),
        field: z.string().min(1).max(32),
        index: z.number().int().min(0).max(10_000).optional(),
        excerpt: z.string().max(500),
        reason: z.string().trim().min(1, 'a waiver needs a reason').max(1000),
      })
      .strict(),
    response: waiverRecordSchema,
  },
  findingWaivers: { request: z.object({ storyId: id }).strict(), response: z.object({ waivers: z.array(waiverRecordSchema) }) },
  findingUnwaive: {
    request: z.object({ storyId: id, waiverId: id, note: note.optional() }).strict(),
    response: z.object({ removed: z.boolean() }),
  },

  /** The desk's list: filters combined with search text, newest first or ranked. */
  deskList: { request: deskQuerySchema.strict(), response: deskListResponseSchema },
  /** Stories per status under the filters (the desk's tabs). */
  storyCounts: { request: deskFiltersSchema.omit({ status: true }).strict(), response: storyCountsSchema },
  storyBulkStatus: {
    request: z.object({ ids, status: storyStatusSchema, note: note.optional() }).strict(),
    response: bulkStatusResultSchema,
  },
  storyBulkTag: {
    request: z
      .object({ ids, add: z.array(tag).max(20).optional(), remove: z.array(tag).max(20).optional() })
      .strict()
      .refine((r) => (r.add?.length ?? 0) + (r.remove?.length ?? 0) > 0, 'give a tag to add or remove'),
    response: bulkTagResultSchema,
  },

  /**
   * Claim (or keep holding) a story for editing: the seat calls it on open and every 30 s with its
   * unsaved draft. Answers who holds the story; a seat that lost it gets its late draft kept.
   */
  storyClaim: {
    request: z
      .object({
        id,
        seat: seatSchema,
        holder: holder.optional(),
        draft: claimDraftSchema.nullable().optional(),
        /** When the seat's beat was taken, if earlier than now (a late beat; tests ageing a claim). */
        beatAt: z.iso.datetime({ offset: true }).optional(),
      })
      .strict(),
    response: claimStateSchema,
  },
  /** Let go of a story (closing it, switching to another); the seat saves its edits first. */
  storyRelease: { request: z.object({ id, seat: seatSchema }).strict(), response: z.object({ released: z.boolean() }) },
  /** Take over a stale claim; the previous holder's unsaved draft is kept as a `takeover` revision. */
  storyTakeOver: {
    request: z.object({ id, seat: seatSchema, holder: holder.optional() }).strict(),
    response: z.object({ claim: claimStateSchema, previousHolder: z.string().nullable(), keptRevisionId: id.nullable() }),
  },

  /** Every figure in every story, with its story, filtered; problems computed per row. */
  figureList: {
    request: figureQuerySchema.strict(),
    response: z.object({ figures: z.array(figureRowSchema), total: z.number().int().min(0) }),
  },
  /** Edit one figure's caption, credit or alt text in its story body (optimistic version check). */
  figureUpdate: { request: figureEditSchema, response: figureRowSchema },
  creditsPreview: { request: creditsPreviewRequestSchema, response: z.object({ changes: z.array(creditChangeSchema) }) },
  creditsApply: { request: creditsApplyRequestSchema, response: creditsApplyResultSchema },
} as const;

export const DESK_CALL_NAMES = Object.keys(deskCalls) as Array<keyof typeof deskCalls>;
