// The story as the desk sees it: fields, workflow status, and the optimistic-lock version.
import { z } from 'zod';
import { storyDocumentSchema, type StoryDocument } from './document';

export const STORY_STATUSES = ['wire', 'edit', 'copy', 'ready', 'published', 'spiked'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

export const STATUS_LABELS: Record<StoryStatus, string> = {
  wire: 'Wire',
  edit: 'In edit',
  copy: 'Copy desk',
  ready: 'Ready',
  published: 'Published',
  spiked: 'Spiked',
};

export const storyStatusSchema = z.enum(STORY_STATUSES);

const MAX_FIELD = 5000;
const line = (max = MAX_FIELD) => z.string().max(max);

/** Fields an editor writes. Headline and deck may carry italics, so they also have a document form. */
export const storyFieldsSchema = z.object({
  slug: line(200),
  headline: line(),
  /** Rich headline (italics only); when present, `headline` is derived from it by main. */
  headlineDoc: storyDocumentSchema.nullable(),
  deck: line(),
  deckDoc: storyDocumentSchema.nullable(),
  byline: line(500),
  dateline: line(500),
  body: storyDocumentSchema,
  credit: line(500),
  copyright: line(1000),
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/)
    .max(35),
  tags: z.array(z.string().trim().min(1).max(80)).max(100),
});
export type StoryFields = z.infer<typeof storyFieldsSchema> & { body: StoryDocument };

export const storyPatchSchema = storyFieldsSchema.partial();
export type StoryPatch = z.infer<typeof storyPatchSchema>;

const timestamp = z.string().max(40);

export const storySchema = storyFieldsSchema.extend({
  id: z.number().int().positive(),
  status: storyStatusSchema,
  version: z.number().int().positive(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** The wire item this story was made from, if any. */
  wireItemId: z.number().int().positive().nullable(),
  agency: z.string().nullable(),
  priority: z.number().int().nullable(),
});
export type Story = z.infer<typeof storySchema>;

export const storySummarySchema = z.object({
  id: z.number().int().positive(),
  slug: z.string(),
  status: storyStatusSchema,
  headline: z.string(),
  byline: z.string(),
  agency: z.string().nullable(),
  priority: z.number().int().nullable(),
  words: z.number().int().min(0),
  tags: z.array(z.string()),
  created: timestamp,
  updated: timestamp,
  version: z.number().int().positive(),
});
export type StorySummary = z.infer<typeof storySummarySchema>;

export const LIST_SORTS = ['updated', 'created', 'priority', 'agency', 'headline'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export const storyListQuerySchema = z.object({
  status: z.array(storyStatusSchema).max(STORY_STATUSES.length).optional(),
  tag: z.string().max(80).optional(),
  agency: z.string().max(80).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  sort: z.enum(LIST_SORTS).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
});
export type StoryListQuery = z.infer<typeof storyListQuerySchema>;

export const storySearchQuerySchema = storyListQuerySchema.extend({
  text: z.string().min(1).max(500),
  order: z.enum(['newest', 'relevance']).optional(),
});
export type StorySearchQuery = z.infer<typeof storySearchQuerySchema>;

export const searchHitSchema = z.object({
  id: z.number().int().positive(),
  headline: z.string(),
  status: storyStatusSchema,
  slug: z.string(),
  updated: timestamp,
  /** Text around the match, HTML-escaped, with the matched terms wrapped in <mark>…</mark>. */
  snippet: z.string(),
  /** Lower is a better match (FTS5 bm25). */
  rank: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const REVISION_KINDS = ['save', 'autosave', 'restore', 'conflict', 'takeover', 'import'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export const revisionSummarySchema = z.object({
  id: z.number().int().positive(),
  storyId: z.number().int().positive(),
  kind: z.enum(REVISION_KINDS),
  author: z.string(),
  note: z.string(),
  createdAt: timestamp,
  storyVersion: z.number().int().positive(),
  /** Characters in the snapshot's text, and the change against the previous revision. */
  size: z.number().int(),
  delta: z.number().int(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const revisionSchema = revisionSummarySchema.extend({ fields: storyFieldsSchema });
export type Revision = z.infer<typeof revisionSchema>;
