// A word diff for reading: insertions in <ins>, deletions in <del>, each announced to screen
// readers by a visually hidden label (the underline and strike-through alone say nothing to them).
import type { DiffSegment } from '../../../shared/rewrite';

export function DiffText({ segments }: { segments: readonly DiffSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'same' ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === 'insert' ? (
          <ins key={i}>
            <span className="visually-hidden">[added: </span>
            {s.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={i}>
            <span className="visually-hidden">[removed: </span>
            {s.text}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )}
    </>
  );
}

/** A labelled block holding one diff, with counts of what was added and removed. */
export function DiffView({
  label,
  segments,
  oldName,
  newName,
}: {
  label: string;
  segments: readonly DiffSegment[];
  oldName: string;
  newName: string;
}) {
  const added = segments.filter((s) => s.kind === 'insert').length;
  const removed = segments.filter((s) => s.kind === 'delete').length;
  return (
    <section className="diff-view" aria-label={label}>
      <p className="diff-legend">
        <span>
          Struck through: only in {oldName}. Underlined: only in {newName}.
        </span>{' '}
        <span className="diff-counts">
          {added} addition{added === 1 ? '' : 's'}, {removed} deletion{removed === 1 ? '' : 's'}
        </span>
      </p>
      <div className="diff-text">{segments.length ? <DiffText segments={segments} /> : <em>No text.</em>}</div>
    </section>
  );
}
