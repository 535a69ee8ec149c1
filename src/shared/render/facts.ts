// The facts a page is built from, worked out once from the input: language, slug, canonical URL,
// plain headline and description, dates, author. Article, head tags and JSON-LD all read these,
// so the visible page and its metadata cannot disagree.
import { isoDate } from './dates';
import { canonicalUrl, pageLanguage, resolveSite, type ResolvedSite } from './site';
import { storySlug } from './slug';
import { descriptionOf, headlineText, oneLine } from './summary';
import type { RenderInput } from './types';

export interface PageFacts {
  site: ResolvedSite;
  lang: string;
  slug: string;
  canonical: string;
  headline: string;
  description: string;
  /** UTC ISO 8601, or null when the story has no usable date. */
  published: string | null;
  modified: string | null;
  /** The headline, or the slug, or "Untitled": what the <h1> and <title> fall back to. */
  displayHeadline: string;
  /** The byline as printed, and without its "By" (the JSON-LD author's name). */
  byline: string;
  author: string;
  dateline: string;
  /** The credit line; else the wire item's agency; else the story's agency. */
  credit: string;
  copyright: string;
  /** Tags cleaned to one line each, empty ones dropped. */
  tags: string[];
  warnings: string[];
}

/** A string field, or '' for anything else: stored JSON is validated, but never trusted here. */
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function pageFacts(input: RenderInput): PageFacts {
  const { story } = input;
  const site = resolveSite(input.site);
  const warnings = [...site.warnings];
  const slug = storySlug(story);
  const published = isoDate(input.dates?.published) ?? isoDate(story.updatedAt) ?? isoDate(story.createdAt);
  let modified = isoDate(input.dates?.modified) ?? isoDate(story.updatedAt) ?? published;
  if (published && modified && modified < published) modified = published; // ISO strings in UTC sort as dates
  if (!published) warnings.push('The story has no publication date; the page shows none.');
  const headline = headlineText(story);
  const byline = oneLine(str(story.byline));
  if (!headline) warnings.push('The story has no headline.');
  return {
    site,
    lang: pageLanguage(story.language, site),
    slug,
    canonical: canonicalUrl(site, slug),
    headline,
    displayHeadline: headline || oneLine(story.slug) || 'Untitled',
    description: descriptionOf(story),
    published,
    modified,
    byline,
    author: byline.replace(/^by\s+/i, ''),
    dateline: oneLine(str(story.dateline)),
    credit: oneLine(str(story.credit)) || oneLine(str(input.wire?.agency)) || oneLine(str(story.agency)),
    copyright: oneLine(str(story.copyright)),
    tags: Array.isArray(story.tags) ? story.tags.map((t) => oneLine(str(t))).filter(Boolean) : [],
    warnings,
  };
}
