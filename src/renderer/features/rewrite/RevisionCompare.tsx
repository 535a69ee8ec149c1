// Two versions of a story side by side as word diffs, field by field (headline, deck, byline,
// body, captions…): the History tab's compare view. Each side is loaded on demand.
import { useEffect, useState } from 'react';
import { diffStoryFields, type FieldDiff } from '../../../shared/rewrite';
import type { StoryFields } from '../../../shared/story/model';
import { DiffText } from './DiffView';

export interface CompareSide {
  key: string;
  label: string;
  load(): Promise<StoryFields>;
}

export function RevisionCompare({ older, newer, onClose }: { older: CompareSide; newer: CompareSide; onClose(): void }) {
  const [diffs, setDiffs] = useState<FieldDiff[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setDiffs(null);
    setError(null);
    Promise.all([older.load(), newer.load()]).then(
      ([a, b]) => live && setDiffs(diffStoryFields(a, b)),
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
    // The sides are identified by key; their loaders are recreated on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [older.key, newer.key]);

  return (
    <section className="revision-compare" aria-label="Compare versions">
      <div className="compare-head">
        <h2>Changes</h2>
        <button type="button" onClick={onClose}>
          Close comparison
        </button>
      </div>
      <p className="diff-legend">
        From <strong>{older.label}</strong> to <strong>{newer.label}</strong>. Struck through: removed. Underlined: added.
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {!diffs && !error && <p className="muted">Comparing…</p>}
      {diffs && diffs.length === 0 && <p>The two versions are the same.</p>}
      {diffs?.map((d) => (
        <section key={d.field} className="field-diff" aria-label={`${d.label} changes`}>
          <h3>{d.label}</h3>
          {d.formattingOnly ? (
            <p className="muted">Only the formatting changed (same words).</p>
          ) : (
            <div className="diff-text">{<DiffText segments={d.segments} />}</div>
          )}
        </section>
      ))}
    </section>
  );
}
