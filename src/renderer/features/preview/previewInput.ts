// What the preview renders: the draft's fields (unsaved edits included), the story's dates and
// agency, the wire item it came from (credited as the export credits it), and the site template.
import type { MediaResolver, RenderInput, SiteTemplate, WireSource } from '../../../shared/render/types';
import type { Story, StoryFields } from '../../../shared/story/model';
import type { WireItemView } from '../../../shared/wire/model';

/** The wire item as the export credits it (main's files/export/wireSource.ts does the same). */
export function wireSourceOf(story: Pick<Story, 'agency'>, item: WireItemView | null): WireSource | null {
  if (!item) return story.agency ? { agency: story.agency } : null;
  return { agency: item.agency ?? story.agency, agencyId: item.agencyId, headline: item.headline, receivedAt: item.receivedAt };
}

export function previewInput(
  story: Story,
  fields: StoryFields,
  site: SiteTemplate,
  wire: WireSource | null,
  media: MediaResolver,
): RenderInput {
  return {
    story: { ...fields, createdAt: story.createdAt, updatedAt: story.updatedAt, agency: story.agency },
    site,
    wire,
    media,
  };
}

/** Media ids of the draft's figures, each once, in order. */
export function figureIds(fields: Pick<StoryFields, 'body'>): string[] {
  const ids = new Set<string>();
  for (const block of fields.body.root.children) if (block.type === 'figure' && block.mediaId) ids.add(block.mediaId);
  return [...ids];
}
