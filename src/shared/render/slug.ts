// The URL-safe form of a story slug: the last segment of the canonical URL, and the base of an
// exported file's name. Letters (any script), digits and hyphens only, so no separator, dot or
// other syntax can get in; Latin accents are dropped so "café" reads as "cafe" in a URL.

const MAX_SLUG = 80;

/** `Harbour Bridge: Reopens!` → `harbour-bridge-reopens`; empty when nothing usable is left. */
const ALREADY_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function urlSlug(raw: string): string {
  // Most stored slugs are already in this form; normalising them again is the slow path.
  if (raw.length <= MAX_SLUG && ALREADY_SLUG.test(raw)) return raw;
  const slug = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Latin combining accents only: other scripts' marks are letters' parts
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points so a surrogate pair is never split, and at a hyphen so no word is cut.
  const points = Array.from(slug);
  if (points.length <= MAX_SLUG) return slug;
  const cut = points.slice(0, MAX_SLUG + 1).join('');
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > MAX_SLUG / 2 ? cut.slice(0, hyphen) : points.slice(0, MAX_SLUG).join('')).replace(/-+$/, '');
}

/** The slug to publish under: the story's slug, else one made from the headline, else "story". */
export function storySlug(story: { slug: string; headline: string }): string {
  return urlSlug(story.slug) || urlSlug(story.headline) || 'story';
}
