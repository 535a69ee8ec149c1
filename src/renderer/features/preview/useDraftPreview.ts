// The page the preview shows, rendered from the draft (unsaved edits included) ~150 ms after the
// last edit: editors only signal edits (nothing is serialised per keystroke); once typing pauses,
// the draft is pulled and the one renderer runs. Also returns the snippet the search and social
// previews use, and the renderer's warnings.
import { useEffect, useMemo, useRef, useState } from 'react';
import { pageSnippet, renderPage, type PageSnippet } from '../../../shared/render';
import type { Story, StoryFields } from '../../../shared/story/model';
import type { WireItemView } from '../../../shared/wire/model';
import { call } from '../../bridge';
import type { StoryDraft } from '../story/useStoryDraft';
import { figureIds, previewInput, wireSourceOf } from './previewInput';
import { useSiteTemplate } from './siteTemplate';
import { useMediaResolver } from './useMediaProbe';

/** Wait this long after the last edit: one render per pause, well inside the 200 ms budget. */
export const PREVIEW_DEBOUNCE_MS = 150;

export interface DraftPreview {
  html: string;
  warnings: string[];
  snippet: PageSnippet;
  /** Counts renders: the bench and tests wait for it to move. */
  generation: number;
}

function useWireItem(id: number | null): WireItemView | null {
  const [item, setItem] = useState<WireItemView | null>(null);
  useEffect(() => {
    let live = true;
    setItem(null);
    if (id !== null)
      call('wireGet', { id }).then(
        (w) => live && setItem(w),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [id]);
  return item;
}

/** The draft's fields, refreshed after each pause in editing (and whenever the draft is replaced). */
function useSettledFields(draft: StoryDraft): StoryFields | null {
  const latest = useRef(draft);
  latest.current = draft;
  const [fields, setFields] = useState<StoryFields | null>(draft.draft);
  useEffect(() => setFields(draft.draft), [draft.draft]);
  // Edits made before the preview opened are still in the editors: pull them once, after mounting.
  useEffect(() => setFields(latest.current.sync()), []);
  const { onEdit } = draft;
  useEffect(() => {
    let timer: number | undefined;
    const off = onEdit(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setFields(latest.current.sync()), PREVIEW_DEBOUNCE_MS);
    });
    return () => {
      off();
      window.clearTimeout(timer);
    };
  }, [onEdit]);
  return fields;
}

export function useDraftPreview(story: Story, draft: StoryDraft): DraftPreview | null {
  const fields = useSettledFields(draft);
  const site = useSiteTemplate();
  const wireItem = useWireItem(story.wireItemId);
  const ids = useMemo(() => (fields ? figureIds(fields) : []), [fields]);
  const media = useMediaResolver(ids);
  const generation = useRef(0);
  return useMemo(() => {
    if (!fields) return null;
    const input = previewInput(story, fields, site, wireSourceOf(story, wireItem), media);
    const page = renderPage(input);
    return { html: page.html, warnings: page.warnings, snippet: pageSnippet(input), generation: ++generation.current };
  }, [story, fields, site, wireItem, media]);
}
