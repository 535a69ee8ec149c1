// What the app needs from a story store, with no SQLite in sight, so a shared server database
// (PostgreSQL) can back a newsroom of many seats later. Methods are async for that reason.
import type {
  Revision,
  RevisionKind,
  RevisionSummary,
  SearchHit,
  Story,
  StoryListQuery,
  StoryPatch,
  StorySearchQuery,
  StoryStatus,
  StorySummary,
} from '../../shared/story/model';
import type { DeskRepository } from './deskRepository';

export interface WriteContext {
  /** Who is writing (the seat's user name). */
  author: string;
}

export interface CreateStoryInput {
  fields?: StoryPatch;
  status?: StoryStatus;
  wireItemId?: number | null;
  agency?: string | null;
  priority?: number | null;
  /** Revision kind recorded for the first snapshot. */
  revisionKind?: RevisionKind;
}

export interface UpdateOptions {
  mode: 'autosave' | 'save' | 'restore' | 'conflict' | 'takeover';
  note?: string;
}

export interface StoryEvent {
  id: number;
  storyId: number;
  at: string;
  who: string;
  kind: string;
  fromStatus: StoryStatus | null;
  toStatus: StoryStatus | null;
  note: string;
  data: unknown;
}

export interface StoryRepository {
  create(input: CreateStoryInput, ctx: WriteContext): Promise<Story>;
  get(id: number): Promise<Story | null>;
  /**
   * Write a patch if the stored version is still `expectedVersion`; otherwise throw a `conflict`
   * AppError whose details carry the stored story (nothing is overwritten).
   */
  update(id: number, expectedVersion: number, patch: StoryPatch, options: UpdateOptions, ctx: WriteContext): Promise<Story>;
  list(query: StoryListQuery): Promise<{ stories: StorySummary[]; total: number }>;
  search(query: StorySearchQuery): Promise<{ results: SearchHit[]; total: number }>;
  /** Move a story to another status and record who, when and why. Rules live above this layer.
   * The content version is not bumped: a status change never makes an open editor's save conflict. */
  setStatus(id: number, status: StoryStatus, ctx: WriteContext, note?: string, data?: unknown): Promise<Story>;
  /**
   * Keep the text of a write that lost the version check as a `conflict` revision (the story
   * itself is not changed), so neither side's text is ever lost. Returns the revision id.
   */
  keepConflictingCopy(id: number, patch: StoryPatch, ctx: WriteContext): Promise<number>;
  spike(id: number, ctx: WriteContext, note?: string): Promise<Story>;
  /**
   * Restore a spiked story to the status it had (or to `to`, when the workflow decides the old
   * status may not be taken back without passing the gate).
   */
  unspike(id: number, ctx: WriteContext, note?: string, to?: StoryStatus): Promise<Story>;
  /** The status a spiked story had before it was spiked (null when it is not spiked). */
  statusBeforeSpike(id: number): Promise<StoryStatus | null>;
  revisions(storyId: number): Promise<RevisionSummary[]>;
  revision(id: number): Promise<Revision | null>;
  restoreRevision(storyId: number, revisionId: number, expectedVersion: number, ctx: WriteContext): Promise<Story>;
  events(storyId: number): Promise<StoryEvent[]>;
  recordEvent(storyId: number, kind: string, ctx: WriteContext, note?: string, data?: unknown): Promise<void>;
  tags(prefix: string | undefined, limit: number): Promise<Array<{ name: string; count: number }>>;
  /** The copy desk's queries and writes (desk lists, claims, waivers, figures) over the same store. */
  desk(): DeskRepository;
}
