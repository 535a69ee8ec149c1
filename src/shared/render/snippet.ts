// What search results and social cards will show for a story, for the preview pane's snippet and
// card previews: the same title, description and URL the page's head carries.
import { createContext } from './context';
import { buildArticle } from './article';
import { pageFacts } from './facts';
import { pageTitle } from './head';
import { publicImageUrl } from './jsonLd';
import type { RenderInput } from './types';

export interface PageSnippet {
  /** The <title> (already cut to 70 characters). */
  title: string;
  /** og:title / twitter:title: the full headline. */
  headline: string;
  description: string;
  url: string;
  siteName: string;
  /** The social card image, when one has a public address. */
  image: { url: string; alt: string } | null;
}

export function pageSnippet(input: RenderInput): PageSnippet {
  const facts = pageFacts(input);
  const ctx = createContext(input.media);
  buildArticle(input, facts, ctx); // finds the images, as the page does
  const card = ctx.images.map((i) => ({ url: publicImageUrl(i.src, facts.canonical), alt: i.alt })).find((c) => c.url);
  return {
    title: pageTitle(facts),
    headline: facts.displayHeadline,
    description: facts.description,
    url: facts.canonical,
    siteName: facts.site.masthead,
    image: card?.url ? { url: card.url, alt: card.alt } : null,
  };
}
