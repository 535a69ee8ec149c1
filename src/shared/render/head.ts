// The page's <head> tags for browsers, search engines and social cards: title, description,
// canonical URL, Open Graph and Twitter card tags. Attribute order is fixed for stable bytes.
import type { PlacedImage } from './context';
import { escapeAttr, escapeText } from './escape';
import type { PageFacts } from './facts';
import { placedImageUrl } from './jsonLd';
import { truncate } from './summary';

/** html-validate's long-title rule, and about where search results cut a title anyway. */
const MAX_TITLE = 70;

/**
 * "Headline | Masthead" when it fits, else the headline cut to fit. The limit applies to the
 * escaped source text (that is what the validator measures), so "&" counts as five.
 */
export function pageTitle(facts: PageFacts): string {
  const fits = (title: string) => escapeText(title).length <= MAX_TITLE;
  const headline = facts.displayHeadline;
  const full = `${headline} | ${facts.site.masthead}`;
  if (fits(full)) return full;
  // truncate() counts graphemes; shorten until the escaped text fits too.
  let max = MAX_TITLE;
  let title = truncate(headline, max);
  while (!fits(title) && max > 2) title = truncate(headline, --max);
  return fits(title) ? title : truncate(facts.site.masthead, MAX_TITLE);
}

const meta = (key: 'name' | 'property', name: string, content: string) => `<meta ${key}="${name}" content="${escapeAttr(content)}">`;

export function headTags(facts: PageFacts, images: readonly PlacedImage[], title: string): string[] {
  const tags: string[] = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
  ];
  if (facts.description) tags.push(meta('name', 'description', facts.description));
  if (facts.author) tags.push(meta('name', 'author', facts.author));
  tags.push(`<link rel="canonical" href="${escapeAttr(facts.canonical)}">`);
  tags.push(meta('property', 'og:type', 'article'));
  tags.push(meta('property', 'og:site_name', facts.site.masthead));
  tags.push(meta('property', 'og:title', facts.displayHeadline));
  if (facts.description) tags.push(meta('property', 'og:description', facts.description));
  tags.push(meta('property', 'og:url', facts.canonical));
  tags.push(meta('property', 'og:locale', facts.lang.replace('-', '_')));
  // Social cards need an address anyone can fetch: the first image that has one.
  const card = images.map((image) => ({ image, url: placedImageUrl(image, facts.canonical) })).find((c) => c.url);
  if (card?.url) {
    tags.push(meta('property', 'og:image', card.url));
    if (card.image.width) tags.push(meta('property', 'og:image:width', String(card.image.width)));
    if (card.image.height) tags.push(meta('property', 'og:image:height', String(card.image.height)));
    if (card.image.alt) tags.push(meta('property', 'og:image:alt', card.image.alt));
  }
  if (facts.published) tags.push(meta('property', 'article:published_time', facts.published));
  if (facts.modified) tags.push(meta('property', 'article:modified_time', facts.modified));
  if (facts.site.section) tags.push(meta('property', 'article:section', facts.site.section));
  for (const tag of facts.tags) tags.push(meta('property', 'article:tag', tag));
  tags.push(meta('name', 'twitter:card', card?.url ? 'summary_large_image' : 'summary'));
  tags.push(meta('name', 'twitter:title', facts.displayHeadline));
  if (facts.description) tags.push(meta('name', 'twitter:description', facts.description));
  if (card?.url) {
    tags.push(meta('name', 'twitter:image', card.url));
    if (card.image.alt) tags.push(meta('name', 'twitter:image:alt', card.image.alt));
  }
  return tags;
}
