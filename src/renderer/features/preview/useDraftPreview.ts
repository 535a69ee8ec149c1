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

/**
 * Wait this long after the last edit, then render once. The budget is 200 ms from the last key to
 * the page on screen; loading the page into the frame takes another 25–45 ms (bench/preview.bench.ts),
 * so the wait is a little under the usual 150 ms. A steady typist (a key every ~80 ms) still gets
 * one render per pause, not one per key.
 */
export const PREVIEW_DEBOUNCE_MS = 120;

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
    // User Timing: the preview bench reads the renderer's share of the latency from this measure.
    const start = performance.now();
    const input = previewInput(story, fields, site, wireSourceOf(story, wireItem), media);
    const page = renderPage(input);
    const snippet = pageSnippet(input);
    performance.measure('slugline:preview-render', { start });
    return { html: page.html, warnings: page.warnings, snippet, generation: ++generation.current };
  }, [story, fields, site, wireItem, media]);
}
