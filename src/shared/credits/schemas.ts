// Shapes of the captions and credits manager: figure rows across stories, edits to one figure,
// and credit normalisation previews (exactly what will change, applied only if still true).
import { z } from 'zod';
import { storyStatusSchema, STORY_STATUSES } from '../story/model';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const figureIndex = z.number().int().min(0).max(10_000);

export const FIGURE_PROBLEMS = ['no-credit', 'no-alt', 'unknown-credit', 'variant-credit', 'caption-repeats-headline'] as const;
export type FigureProblem = (typeof FIGURE_PROBLEMS)[number];

export const FIGURE_PROBLEM_LABELS: Record<FigureProblem, string> = {
  'no-credit': 'No credit',
  'no-alt': 'No alt text',
  'unknown-credit': 'Credit not in the dictionary',
  'variant-credit': 'Credit not in house form',
  'caption-repeats-headline': 'Caption repeats headline',
};

export const figureQuerySchema = z.object({
  status: z.array(storyStatusSchema).max(STORY_STATUSES.length).optional(),
  agency: z.string().trim().min(1).max(80).optional(),
  problem: z.enum(FIGURE_PROBLEMS).optional(),
  /** Words in caption, credit or alt (case-insensitive substring). */
  text: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
  offset: z.number().int().min(0).max(1_000_000).optional(),
});
export type FigureQuery = z.infer<typeof figureQuerySchema>;

export const figureRowSchema = z.object({
  storyId: id,
  storyVersion: id,
  index: figureIndex,
  mediaId: z.string().nullable(),
  caption: z.string(),
  credit: z.string(),
  alt: z.string(),
  headline: z.string(),
  status: storyStatusSchema,
  agency: z.string().nullable(),
  problems: z.array(z.enum(FIGURE_PROBLEMS)),
});
export type FigureRow = z.infer<typeof figureRowSchema>;

export const figureEditSchema = z
  .object({
    storyId: id,
    /** The story version the edit started from: a newer one refuses the write (conflict). */
    version: id,
    index: figureIndex,
    caption: z.string().max(2000).optional(),
    credit: z.string().max(500).optional(),
    alt: z.string().max(2000).optional(),
  })
  .strict();
export type FigureEdit = z.infer<typeof figureEditSchema>;

export const figureRefSchema = z.object({ storyId: id, index: figureIndex });
export type FigureRef = z.infer<typeof figureRefSchema>;

export const creditChangeSchema = z.object({
  storyId: id,
  version: id,
  index: figureIndex,
  headline: z.string(),
  before: z.string().max(500),
  after: z.string().max(500),
  /** Why: "dictionary: CNN Wire → CNN", "agency last: AP Photo/NAME → NAME/AP". */
  reason: z.string(),
});
export type CreditChange = z.infer<typeof creditChangeSchema>;

export const creditsPreviewRequestSchema = z
  .object({
    /** These figures; or, with `all`, every figure matching `filter`. */
    figures: z.array(figureRefSchema).max(5000).optional(),
    all: z.boolean().optional(),
    filter: figureQuerySchema.omit({ limit: true, offset: true }).optional(),
  })
  .strict();

export const creditsApplyRequestSchema = z
  .object({
    changes: z
      .array(creditChangeSchema.pick({ storyId: true, version: true, index: true, before: true, after: true }))
      .min(1)
      .max(5000),
  })
  .strict();

export const creditsApplyResultSchema = z.object({
  applied: z.array(figureRefSchema),
  refused: z.array(figureRefSchema.extend({ message: z.string() })),
});
export type CreditsApplyResult = z.infer<typeof creditsApplyResultSchema>;
