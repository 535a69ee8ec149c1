// Typographic normalisation (placeholder, filled in below).
import type { Edit } from './edits';

export function typographyEdits(_text: string): Edit[] {
  return [];
}
