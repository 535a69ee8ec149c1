// The unsaved text a seat sends with its heartbeat: the open draft's changes over the version it
// started from (pulled from the editors), or null when everything on screen is saved.
import type { ClaimDraft } from '../../../shared/workflow/schemas';
import { changedFields, fieldsOf, type StoryDraft } from '../story/useStoryDraft';

export function claimDraftOf(draft: StoryDraft, storyId: number): ClaimDraft | null {
  const story = draft.story;
  if (!story || story.id !== storyId) return null;
  const fields = draft.sync();
  if (!fields) return null;
  const patch = changedFields(fieldsOf(story), fields);
  return Object.keys(patch).length ? { version: story.version, patch } : null;
}
