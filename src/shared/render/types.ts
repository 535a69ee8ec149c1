// What the publish renderer takes: a story, the site template, and how to find images and the
// wire item the story came from. Plain data, so preview (renderer process) and export (main) agree.
import type { Preferences } from '../settings/preferences';
import type { StoryDocument } from '../story/document';

/** The story fields the page uses. A full `Story` fits; tests and the bench pass just these. */
export interface RenderStory {
  slug: string;
  headline: string;
  headlineDoc: StoryDocument | null;
  deck: string;
  deckDoc: StoryDocument | null;
  byline: string;
  dateline: string;
  body: StoryDocument;
  credit: string;
  copyright: string;
  language: string;
  tags: readonly string[];
  createdAt?: string;
  updatedAt?: string;
  /** The agency the story came from (credited when the story has no credit line of its own). */
  agency?: string | null;
}

/** The publish template's preferences (`preferences.site`). */
export type SiteTemplate = Preferences['site'];

/** An image the renderer may show, as the caller wants it addressed. */
export interface ResolvedMedia {
  /** App media URL (preview), data: URL (single file) or `assets/<name>` (folder export). */
  src: string;
  width: number | null;
  height: number | null;
  /** Photographer or agency, for JSON-LD `creator` (falls back to the figure's credit). */
  creator?: string;
  /** For JSON-LD `copyrightNotice` (falls back to the story's copyright line). */
  copyrightNotice?: string;
}

/** Finds an image by media id; null when the file is missing. Must be pure for a given id. */
export type MediaResolver = (mediaId: string) => ResolvedMedia | null;

/** The wire item a story was made from: credited in the footer and as JSON-LD `isBasedOn`. */
export interface WireSource {
  agency: string | null;
  /** The agency's own id for the item (e.g. NITF doc-id, ninjs uri). */
  agencyId?: string | null;
  headline?: string | null;
  /** When the wire item arrived (ISO 8601). */
  receivedAt?: string | null;
  /** A public URL for the item, when the agency gives one. */
  url?: string | null;
}

export interface RenderInput {
  story: RenderStory;
  site: SiteTemplate;
  /** Publication and modification dates (ISO 8601); default: the story's updatedAt / createdAt. */
  dates?: { published?: string | null; modified?: string | null };
  wire?: WireSource | null;
  media?: MediaResolver;
}

export interface RenderResult {
  html: string;
  /** Things a person should know before publishing (missing images, bad dates), one line each. */
  warnings: string[];
}
