// The "Wire" side tab: for a story made from a wire item, the original beside the rewrite, the
// live rewritten figure with the credit it calls for, a wire-vs-story diff, and the review of a
// newer wire version or an agency notice. Wide "side by side" by default so both read well.
import { useMemo, useState } from 'react';
import { applyWireChange, storyEditForRepair, wireBodyText, type RepairStoryEdit, type WireChange } from '../../../shared/rewrite';
import { documentText } from '../../../shared/story/text';
import type { SideTabProps } from '../side/SidePanel';
import { usePreferences } from '../preferences/preferencesStore';
import { AdvisoryBanner } from './AdvisoryBanner';
import { DiffView } from './DiffView';
import { currentFields, putFields } from './putFields';
import { RewriteMeter } from './RewriteMeter';
import { UpdatePanel } from './UpdatePanel';
import { useDebounced } from './useDebounced';
import { useRewriteAnalysis } from './useRewriteAnalysis';
import { openFlags, useStoryFlags } from './useStoryFlags';
import { useWireSource } from './useWireSource';
import { WireOriginal } from './WireOriginal';

const WIDE_KEY = 'slugline.wire.sideBySide';
/** The draft updates after each typing pause; this waits for the pause to settle. */
const SETTLE_MS = 250;

export function WireTab({ story, draft }: SideTabProps) {
  const prefs = usePreferences();
  const { flags, reload } = useStoryFlags(story.id);
  const source = useWireSource(story.wireItemId, flags);
  const [wide, setWide] = useState(() => localStorage.getItem(WIDE_KEY) !== 'off');
  const [view, setView] = useState<'original' | 'diff'>('original');
  const { blocking, updates, other } = openFlags(flags);

  const body = draft.draft?.body ?? story.body;
  const storyText = useDebounced(
    useMemo(() => documentText(body), [body]),
    SETTLE_MS,
  );
  const wireText = useMemo(() => (source.base ? wireBodyText(source.base.item, source.reverted) : null), [source.base, source.reverted]);
  const baseText = useMemo(() => (source.base ? wireBodyText(source.base.item) : ''), [source.base]);
  const newerText = useMemo(() => (source.newer ? wireBodyText(source.newer.item) : null), [source.newer]);
  const request = useMemo(
    () =>
      wireText === null ? null : { storyText, wireText, baseText, newerText: updates.length ? newerText : null, wantDiff: view === 'diff' },
    [storyText, wireText, baseText, newerText, updates.length, view],
  );
  const { result, error } = useRewriteAnalysis(request);

  if (story.wireItemId === null) {
    return <p className="muted">This story was not made from a wire item, so there is no original to compare with.</p>;
  }
  if (source.error)
    return (
      <p role="alert" className="error-text">
        {source.error}
      </p>
    );
  if (!source.base) return <p className="muted">Loading the wire original…</p>;
  const base = source.base;

  const fields = draft.draft;
  const wireByline = [base.item.byline, base.item.byline_title].filter(Boolean).join(', ');
  const agency = base.item.credit ?? base.agency ?? story.agency ?? '';

  const applyChange = (change: WireChange): boolean => {
    const now = currentFields(draft);
    if (!now) return false;
    const next = applyWireChange(now.body, change);
    if (!next) return false;
    putFields(draft, { body: next });
    return true;
  };
  const storyEdit = (edit: RepairStoryEdit) => putFields(draft, edit.patch);

  return (
    <section className={`wire-tab${wide ? ' side-by-side' : ''}`} aria-label="Wire original and rewrite">
      {blocking.map((f) => (
        <AdvisoryBanner key={f.id} flag={f} onDone={() => void reload()} />
      ))}
      {other.map((f) => (
        <AdvisoryBanner key={f.id} flag={f} onDone={() => void reload()} />
      ))}
      <div className="wire-tools">
        <label className="inline-label">
          <input
            type="checkbox"
            checked={wide}
            onChange={(e) => {
              setWide(e.target.checked);
              localStorage.setItem(WIDE_KEY, e.target.checked ? 'on' : 'off');
            }}
          />
          Side by side
        </label>
        <fieldset className="wire-view-choice">
          <legend className="visually-hidden">Show</legend>
          <label className="inline-label">
            <input type="radio" name="wire-view" checked={view === 'original'} onChange={() => setView('original')} />
            Original
          </label>
          <label className="inline-label">
            <input type="radio" name="wire-view" checked={view === 'diff'} onChange={() => setView('diff')} />
            Wire vs story
          </label>
        </fieldset>
      </div>
      <RewriteMeter
        share={result?.share ?? null}
        stale={!!result && result.request !== request}
        byline={fields?.byline ?? story.byline}
        credit={fields?.credit ?? story.credit}
        agency={agency}
        wireByline={wireByline}
        prefs={prefs}
        onUse={(credit) => putFields(draft, credit)}
      />
      {error && <p className="error-text">{error}</p>}
      {updates.length > 0 && source.newer && (
        <UpdatePanel
          newer={source.newer}
          base={base}
          flags={updates}
          changes={result?.changes ?? null}
          storyText={result?.request.storyText ?? storyText}
          onApply={applyChange}
          onReviewed={() => void reload()}
        />
      )}
      {view === 'diff' ? (
        result?.diff ? (
          <DiffView label="Wire vs story" segments={result.diff} oldName="the wire" newName="your story" />
        ) : (
          <p className="muted">Comparing…</p>
        )
      ) : (
        <WireOriginal
          item={base}
          reverted={source.reverted}
          onRevert={(placed, reverted) => source.setReverted(placed.index, reverted)}
          storyEditFor={(field, placed) => {
            const now = currentFields(draft);
            return now ? storyEditForRepair(field, placed, now) : null;
          }}
          onStoryEdit={storyEdit}
        />
      )}
    </section>
  );
}
