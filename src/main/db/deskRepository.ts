// What the copy desk needs from the story store beyond StoryRepository: desk lists and counts,
// waivers, the problem index, claims, and the figure index. No SQLite in sight (see
// storyRepository.ts); every method is async so a server database can back it later.
import type { StoryPatch } from '../../shared/story/model';
import type { FigureQuery } from '../../shared/credits/schemas';
import type { StoryStatus } from '../../shared/story/model';
import type { DeskFilters, DeskListResponse, DeskQuery, StoryCounts, WaiverRecord } from '../../shared/workflow/schemas';
import type { WriteContext } from './storyRepository';

export interface ClaimRecord {
  storyId: number;
  seat: string;
  holder: string;
  claimedAt: string;
  heartbeatAt: string;
  /** The seat's unsaved text at its last beat: a patch over `version`. */
  draft: { version: number; patch: StoryPatch } | null;
}

/** What a compare-and-set on a claim expects to find (null: no claim at all). */
export type ClaimExpectation = { seat: string; heartbeatAt: string } | null;

export interface KeepDraft {
  patch: StoryPatch;
  /** Whose text it is (the revision's author). */
  author: string;
  note: string;
}

export interface FigureIndexRow {
  storyId: number;
  storyVersion: number;
  index: number;
  mediaId: string | null;
  caption: string;
  credit: string;
  alt: string;
  headline: string;
  status: StoryStatus;
  agency: string | null;
}

export interface NewWaiver {
  rule: string;
  field: string;
  index: number | null;
  excerpt: string;
  reason: string;
}

export interface DeskRepository {
  /** The desk list (filters + optional search text); claims older than `staleBefore` are stale. */
  list(query: DeskQuery, staleBefore: string): Promise<DeskListResponse>;
  counts(filters: Omit<DeskFilters, 'status'>): Promise<StoryCounts>;

  waivers(storyId: number): Promise<WaiverRecord[]>;
  /** Store a waiver and record it in the story's history, in one transaction. */
  addWaiver(storyId: number, waiver: NewWaiver, ctx: WriteContext): Promise<WaiverRecord>;
  removeWaiver(storyId: number, waiverId: number, ctx: WriteContext, note: string): Promise<boolean>;

  /** Stories whose problem count is missing or was computed for another version or rules signature. */
  problemsToRefresh(signature: string, limit: number): Promise<number[]>;
  /** Store a story's problem count; true when its error count differs from what was stored. */
  setProblems(storyId: number, version: number, signature: string, errors: number, warnings: number): Promise<boolean>;

  claim(storyId: number): Promise<ClaimRecord | null>;
  /** Write a claim if the current one is still `expected`; false when it changed meanwhile. */
  putClaim(next: ClaimRecord, expected: ClaimExpectation): Promise<boolean>;
  dropClaim(storyId: number, seat: string): Promise<boolean>;
  /**
   * Hand a claim to another seat if it is still `expected`, keeping the previous holder's draft as
   * a `takeover` revision and recording a `takeover` event (`note`) — all in one transaction.
   */
  transferClaim(
    next: ClaimRecord,
    expected: ClaimExpectation,
    keep: KeepDraft | null,
    ctx: WriteContext,
    note: string,
  ): Promise<{ ok: boolean; revisionId: number | null }>;
  /** Keep a seat's text as a `takeover` revision (an identical latest one is reused). */
  keepDraft(storyId: number, keep: KeepDraft): Promise<number>;

  /** Figures from the figure index with their story, filtered by status, agency and text. */
  figures(query: Omit<FigureQuery, 'problem' | 'limit' | 'offset'>): Promise<FigureIndexRow[]>;
  /** Structured credit of a media item (IPTC creator and credit line), kept with the image. */
  setMediaCredit(mediaId: string, credit: { creditLine: string; creator: string }): Promise<void>;
}
