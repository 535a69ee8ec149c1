// Safe file names for exports: from the story's published slug (ASCII letters, digits, hyphens,
// so no path separators, dots or traversal can get in), never a name Windows reserves, and
// de-duplicated within a batch so two stories never overwrite each other.
import { storySlug } from '../../../shared/render/slug';

const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_BASE = 80;

/** The base name (no extension) for a story's export. */
export function exportBaseName(story: { slug: string; headline: string }): string {
  let base = storySlug(story).slice(0, MAX_BASE).replace(/-+$/, '') || 'story';
  if (WINDOWS_RESERVED.test(base)) base = `${base}-story`;
  return base;
}

/**
 * `base + ext`, or `base-2 + ext`, `base-3 + ext`… if the name is already in `taken` (compared
 * case-insensitively, as macOS and Windows do). The chosen name is added to `taken`.
 */
export function uniqueFileName(base: string, ext: string, taken: Set<string>): string {
  let name = `${base}${ext}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}${ext}`;
  taken.add(name.toLowerCase());
  return name;
}
