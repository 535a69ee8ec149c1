// Writing story fields from a side tab (a wire change applied, a suggested credit taken). The
// editors are pulled lazily and reload only when the draft is replaced from outside, so a plain
// setFields would leave them showing the old text and could be overwritten by their next pull.
import type { StoryFields, StoryPatch } from '../../../shared/story/model';
import type { StoryDraft } from '../story/useStoryDraft';

/** Fields as the editors hold them right now (their pending keystrokes pulled in first). */
export function currentFields(draft: StoryDraft): StoryFields | null {
  return 'sync' in draft && typeof draft.sync === 'function' ? draft.sync() : draft.draft;
}

/**
 * Put `patch` into the draft and have the editors show it. Prefers a draft method made for this
 * (`replaceFields`) when the story editor offers one; otherwise sets the fields and re-adopts the
 * saved story, which keeps the patch as a pending edit and bumps the generation editors reload on.
 */
export function putFields(draft: StoryDraft, patch: StoryPatch): void {
  const withReplace = draft as StoryDraft & { replaceFields?: (patch: StoryPatch) => void };
  if (typeof withReplace.replaceFields === 'function') return withReplace.replaceFields(patch);
  currentFields(draft);
  draft.setFields(patch);
  if (draft.story) draft.adopt(draft.story);
}
