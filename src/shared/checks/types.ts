// The shapes every part of the checks engine shares: fields, findings, what a check is given.
import type { Preferences } from '../settings/preferences';
import type { StoryDocument } from '../story/document';

/** Story fields a rule can apply to. Figure fields (caption, photoCredit, alt) repeat per figure. */
export const CHECK_FIELDS = [
  'headline',
  'deck',
  'byline',
  'dateline',
  'body',
  'caption',
  'credit',
  'photoCredit',
  'alt',
  'copyright',
  'tags',
] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];

/** Fields with one text per figure (or per tag): a finding on them carries `index`. */
export const INDEXED_FIELDS: ReadonlySet<CheckField> = new Set(['caption', 'photoCredit', 'alt', 'tags']);

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  /** The rule's id. */
  rule: string;
  severity: Severity;
  field: CheckField;
  /** Figure index (0-based, in body order) for caption/photoCredit/alt; tag index for tags. */
  index?: number;
  /** UTF-16 offsets into the field's plain text (story/text.ts: body blocks joined by "\n\n"). */
  start: number;
  end: number;
  message: string;
  /** Replacement for [start, end) when the rule has a fix; "" removes the text. */
  fix: string | null;
  /** The flagged text (what a waiver is matched on), at most MAX_EXCERPT characters of it. */
  excerpt: string;
  /** Set on notes about a rule rather than the text (capped, stopped early, not run): show, do not underline. */
  notice?: true;
}

/** Longest excerpt kept on a finding. */
export const MAX_EXCERPT = 500;

/** What is checked: a story's fields, or a wire item converted to the same shape (inputs.ts). */
export interface CheckInput {
  headline?: string;
  deck?: string;
  byline?: string;
  dateline?: string;
  /** The body as stored (Lexical JSON); figures inside it give caption, photo credit and alt. */
  body?: StoryDocument | null;
  credit?: string;
  copyright?: string;
  tags?: readonly string[];
  /** The agency the story came from ("AP"), for the rewrite credit rule. */
  agency?: string | null;
  /** The wire text the story was rewritten from; lets the rewrite credit rule estimate the share. */
  wireText?: string | null;
}

export type CheckPreferences = Pick<Preferences, 'targets' | 'usStyle' | 'creditDictionary' | 'creditRules'>;

export interface CheckContext {
  preferences: CheckPreferences;
  /** Share of the body's words that are new (0..1), as the rewrite view computes it; null = unknown. */
  rewriteShare?: number | null;
  /** VM steps a pattern rule may spend per check run (default DEFAULT_RULE_STEPS). */
  stepsPerRule?: number;
}
