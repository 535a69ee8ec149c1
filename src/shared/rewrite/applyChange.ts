// Accepting one change from a newer wire version: make the change's edit on the story body — only
// if the body still holds, verbatim, the text threeWay found where it found it.
import type { StoryDocument } from '../story/document';
import { bodyProjection, replaceTextRange } from './bodyEdit';
import type { WireChange } from './threeWay';

/** The body with the change applied, or null when it cannot be placed safely (copy it instead). */
export function applyWireChange(body: StoryDocument, change: WireChange): StoryDocument | null {
  const edit = change.edit;
  if (!edit) return null;
  // The body may have moved on since the change was computed: check before touching it.
  if (bodyProjection(body).text.slice(edit.start, edit.end) !== edit.from) return null;
  return replaceTextRange(body, edit.start, edit.end, edit.to);
}
