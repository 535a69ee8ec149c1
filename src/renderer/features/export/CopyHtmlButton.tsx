// "Copy HTML": the article fragment (no <html> shell) from the draft, pictures inlined, onto the
// clipboard for pasting into a CMS. Shows "Copied" for a moment; when the clipboard is refused,
// says so and offers the HTML in a box to copy by hand.
import { useEffect, useRef, useState } from 'react';
import { renderArticleWithWarnings } from '../../../shared/render';
import type { SideTabProps } from '../side/SidePanel';
import { figureIds, previewInput, wireSourceOf } from '../preview/previewInput';
import { useSiteTemplate } from '../preview/siteTemplate';
import { call } from '../../bridge';
import { inlineResolver } from './inlineImages';

type CopyState =
  { kind: 'idle' } | { kind: 'copying' } | { kind: 'copied'; warnings: string[] } | { kind: 'refused'; html: string; reason: string };

const COPIED_FOR_MS = 4000;

export function CopyHtmlButton({ story, draft }: Pick<SideTabProps, 'story' | 'draft'>) {
  const site = useSiteTemplate();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state.kind !== 'copied') return;
    const timer = window.setTimeout(() => setState({ kind: 'idle' }), COPIED_FOR_MS);
    return () => window.clearTimeout(timer);
  }, [state]);
  useEffect(() => {
    if (state.kind === 'refused') box.current?.select();
  }, [state]);

  const copy = async () => {
    const fields = draft.sync();
    if (!fields) return;
    setState({ kind: 'copying' });
    const [{ media }, wireItem] = await Promise.all([
      inlineResolver(figureIds(fields)),
      story.wireItemId === null ? Promise.resolve(null) : call('wireGet', { id: story.wireItemId }).catch(() => null),
    ]);
    const { html, warnings } = renderArticleWithWarnings(previewInput(story, fields, site, wireSourceOf(story, wireItem), media));
    try {
      await navigator.clipboard.writeText(html);
      setState({ kind: 'copied', warnings });
    } catch (err) {
      setState({ kind: 'refused', html, reason: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <span className="copy-html">
      <button type="button" onClick={() => void copy()} disabled={state.kind === 'copying'} aria-describedby="copy-html-status">
        {state.kind === 'copied' ? 'Copied ✓' : 'Copy HTML'}
      </button>
      <span id="copy-html-status" role="status" className="visually-hidden">
        {state.kind === 'copied'
          ? `Copied the article HTML${state.warnings.length ? ` (${state.warnings.length} warning${state.warnings.length === 1 ? '' : 's'}, listed under the preview)` : ''}.`
          : state.kind === 'copying'
            ? 'Copying…'
            : ''}
      </span>
      {state.kind === 'refused' && (
        <span className="copy-fallback" role="alert">
          <span>The clipboard refused ({state.reason}). Copy the HTML from this box instead (it is selected):</span>
          <textarea ref={box} readOnly rows={4} aria-label="Article HTML to copy" value={state.html} />
          <button type="button" onClick={() => setState({ kind: 'idle' })}>
            Done
          </button>
        </span>
      )}
    </span>
  );
}
