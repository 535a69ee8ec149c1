// schema.org NewsArticle structured data for the page's <script type="application/ld+json">:
// headline, dates, author, publisher, images with their credits, keywords, and the wire item the
// story is based on. Built as a plain object; escaping for the script block is escape.ts's job.
import type { PlacedImage } from './context';
import type { PageFacts } from './facts';
import { safeHref } from '../ingest/inline';
import { isoDate } from './dates';
import { oneLine } from './summary';
import type { RenderInput } from './types';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A public, absolute address for an image: relative paths resolve against the page; data: and app: have none. */
export function publicImageUrl(src: string, canonical: string): string | null {
  if (src.startsWith('data:') || /^app:/i.test(src)) return null;
  try {
    const url = new URL(src, canonical);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The image's public address, computed once per page (head tags and JSON-LD both need it). */
export function placedImageUrl(image: PlacedImage, canonical: string): string | null {
  if (image.publicUrl === undefined) image.publicUrl = publicImageUrl(image.src, canonical);
  return image.publicUrl;
}

function imageObject(image: PlacedImage, facts: PageFacts, storyCopyright: string): { [key: string]: Json } {
  const out: { [key: string]: Json } = { '@type': 'ImageObject' };
  const url = placedImageUrl(image, facts.canonical);
  if (url) {
    out['url'] = url;
    out['contentUrl'] = url;
  }
  if (image.width) out['width'] = image.width;
  if (image.height) out['height'] = image.height;
  if (image.caption) out['caption'] = image.caption;
  if (image.credit) out['creditText'] = image.credit;
  // Credits read "Photographer/Agency": the part before the slash is who made the picture.
  const creator = image.creator || oneLine(image.credit.split('/')[0] ?? '');
  if (creator) out['creator'] = { '@type': 'Person', name: creator };
  const notice = image.copyrightNotice || storyCopyright;
  if (notice) out['copyrightNotice'] = notice;
  return out;
}

function wireItem(input: RenderInput): { [key: string]: Json } | null {
  const wire = input.wire;
  if (!wire) return null;
  const out: { [key: string]: Json } = { '@type': 'NewsArticle' };
  const headline = oneLine(wire.headline ?? '');
  if (headline) out['headline'] = headline;
  const id = oneLine(wire.agencyId ?? '');
  if (id) out['identifier'] = id;
  const received = isoDate(wire.receivedAt);
  if (received) out['dateCreated'] = received;
  const url = wire.url ? safeHref(wire.url) : null;
  if (url && !url.startsWith('mailto:')) out['url'] = url;
  const agency = oneLine(wire.agency ?? '');
  if (agency) out['publisher'] = { '@type': 'Organization', name: agency };
  return Object.keys(out).length > 1 ? out : null;
}

export function newsArticleJsonLd(input: RenderInput, facts: PageFacts, images: readonly PlacedImage[]): { [key: string]: Json } {
  const site = facts.site;
  const publisher: Json = { '@type': 'Organization', name: site.masthead, url: site.siteUrl };
  const data: { [key: string]: Json } = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.displayHeadline,
    url: facts.canonical,
    mainEntityOfPage: { '@type': 'WebPage', '@id': facts.canonical },
    inLanguage: facts.lang,
  };
  if (facts.description) data['description'] = facts.description;
  if (facts.published) data['datePublished'] = facts.published;
  if (facts.modified) data['dateModified'] = facts.modified;
  // No byline: the publication stands as author, which is what a reader would assume.
  data['author'] = facts.author ? [{ '@type': 'Person', name: facts.author }] : [publisher];
  data['publisher'] = publisher;
  if (site.section) data['articleSection'] = site.section;
  if (facts.dateline) data['dateline'] = facts.dateline;
  const copyright = facts.copyright;
  if (images.length) data['image'] = images.map((image) => imageObject(image, facts, copyright));
  if (facts.tags.length) data['keywords'] = facts.tags.join(', ');
  if (facts.credit) data['creditText'] = facts.credit;
  if (copyright) data['copyrightNotice'] = copyright;
  const basedOn = wireItem(input);
  if (basedOn) data['isBasedOn'] = basedOn;
  return data;
}
