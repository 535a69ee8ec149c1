// The URL-safe form of a story slug: the last segment of the canonical URL, and the base of an
// exported file's name. ASCII letters, digits and hyphens only, so it reads the same everywhere.

const MAX_SLUG = 80;

/** `Harbour Bridge: Reopens!` → `harbour-bridge-reopens`; empty when nothing usable is left. */
export function urlSlug(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "café" → "cafe"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

/** The slug to publish under: the story's slug, else one made from the headline, else "story". */
export function storySlug(story: { slug: string; headline: string }): string {
  return urlSlug(story.slug) || urlSlug(story.headline) || 'story';
}
