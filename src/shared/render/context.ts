// State carried through one render: where images come from, what was shown, and what the person
// exporting should be told. One context per page, so a render never leaks into the next.
import type { MediaResolver } from './types';

/** An image that made it onto the page, for JSON-LD and the social card tags. */
export interface PlacedImage {
  src: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  creator?: string;
  copyrightNotice?: string;
  /** Absolute public address (jsonLd.ts publicImageUrl), worked out once per page; null if none. */
  publicUrl?: string | null;
}

export interface RenderContext {
  media: MediaResolver | undefined;
  warnings: string[];
  images: PlacedImage[];
  /** Figures seen so far, to number them in warnings as the editor sees them. */
  figureCount: number;
  /** Whether an h2 came before: an h3 with none above it is promoted so levels never skip. */
  sawH2: boolean;
}

export function createContext(media?: MediaResolver): RenderContext {
  return { media, warnings: [], images: [], figureCount: 0, sawH2: false };
}
