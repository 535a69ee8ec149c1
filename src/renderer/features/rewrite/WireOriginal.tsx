// The wire original beside the rewrite: read-only, the repaired text field by field, each repair
// marked and individually revertible. A revert changes only this view (and is remembered on the
// wire item); whether the story changes too is offered separately, never done silently.
import { Fragment, useMemo, useState } from 'react';
import { segmentsOf, wireFields, type PlacedRepair, type RepairStoryEdit, type WireField } from '../../../shared/rewrite';
import type { WireItemView } from '../../../shared/wire/model';
import { RepairMark, visibleChars } from './RepairMark';

export interface WireOriginalProps {
  item: WireItemView;
  reverted: ReadonlySet<number>;
  onRevert(placed: PlacedRepair, reverted: boolean): Promise<void>;
  /** The story edit matching a reverted repair, if the story still has that passage. */
  storyEditFor(field: WireField, placed: PlacedRepair): RepairStoryEdit | null;
  onStoryEdit(edit: RepairStoryEdit): void;
}

type Offer = { edit: RepairStoryEdit | null; done?: 'applied' | 'declined' };

function FieldText({
  field,
  reverted,
  selected,
  onSelect,
}: {
  field: WireField;
  reverted: ReadonlySet<number>;
  selected: number | null;
  onSelect(i: number): void;
}) {
  return (
    <>
      {segmentsOf(field, reverted).map((s, i) =>
        s.repair ? (
          <RepairMark key={i} segment={s} selected={selected === s.repair.index} onSelect={() => onSelect(s.repair!.index)} />
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}

export function WireOriginal({ item, reverted, onRevert, storyEditFor, onStoryEdit }: WireOriginalProps) {
  const { fields, unplaced } = useMemo(() => wireFields(item.item), [item]);
  const [selected, setSelected] = useState<number | null>(null);
  const [offer, setOffer] = useState<Offer | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const total = fields.reduce((n, f) => n + f.repairs.length, 0);
  const select = (i: number) => {
    setSelected((s) => (s === i ? null : i));
    setOffer(null);
    setError(null);
  };

  const toggle = async (field: WireField, placed: PlacedRepair) => {
    const revert = !reverted.has(placed.index);
    setBusy(true);
    setError(null);
    try {
      await onRevert(placed, revert);
      setOffer(revert ? { edit: storyEditFor(field, placed) } : null);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const detail = (field: WireField) => {
    const placed = field.repairs.find((r) => r.index === selected);
    if (!placed) return null;
    const isReverted = reverted.has(placed.index);
    const { rule, from, to } = placed.repair;
    return (
      <div className="repair-detail" role="group" aria-label="Repair details">
        <p>
          Rule <code>{rule}</code>: arrived as “{visibleChars(from)}”, repaired to “{visibleChars(to)}”.{' '}
          {isReverted ? 'Reverted: the original characters are shown.' : ''}
        </p>
        <button type="button" disabled={busy} onClick={() => void toggle(field, placed)}>
          {isReverted ? 'Put the repair back' : 'Revert this repair'}
        </button>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        {offer && isReverted && (
          <div className="repair-offer" aria-live="polite">
            {offer.done === 'applied' ? (
              <p>The story now has the original characters too ({offer.edit?.where}).</p>
            ) : offer.done === 'declined' ? (
              <p>The story is left as it is.</p>
            ) : offer.edit ? (
              <>
                <p>
                  The story still has “{visibleChars(offer.edit.now)}” here ({offer.edit.where}). Put the original “
                  {visibleChars(offer.edit.becomes)}” into the story as well?
                </p>
                <div className="banner-actions">
                  <button
                    type="button"
                    onClick={() => {
                      onStoryEdit(offer.edit!);
                      setOffer({ ...offer, done: 'applied' });
                    }}
                  >
                    Change the story too
                  </button>
                  <button type="button" onClick={() => setOffer({ ...offer, done: 'declined' })}>
                    Leave the story as it is
                  </button>
                </div>
              </>
            ) : (
              <p>The story does not have this passage as the wire had it, so it is left as it is.</p>
            )}
          </div>
        )}
      </div>
    );
  };

  const text = (field: WireField) => <FieldText field={field} reverted={reverted} selected={selected} onSelect={select} />;
  const one = (key: WireField['key']) => fields.find((f) => f.key === key);
  const block = (field: WireField | undefined, className: string, label?: string) =>
    field && (
      <div className={className}>
        {label && <span className="wire-label">{label} </span>}
        {text(field)}
        {detail(field)}
      </div>
    );

  return (
    <article className="wire-original" aria-label="Wire original">
      <p className="wire-meta">
        {[
          item.agency,
          item.format,
          item.version ? `version ${item.version}` : null,
          `received ${new Date(item.receivedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="wire-repairs-summary">
        {total === 0
          ? 'No text repairs.'
          : `${total} text repair${total === 1 ? '' : 's'}${reverted.size ? ` (${reverted.size} reverted)` : ''}: select a highlighted passage to see the rule and the original characters.`}
      </p>
      {block(one('headline'), 'wire-headline')}
      {block(one('deck'), 'wire-deck')}
      {block(one('byline'), 'wire-byline')}
      {block(one('byline_title'), 'wire-byline')}
      {block(one('dateline'), 'wire-dateline', 'Dateline')}
      <div className="wire-body">
        {fields
          .filter((f) => f.key === 'body')
          .map((f) => (
            <div key={f.index} className="wire-paragraph">
              {text(f)}
              {detail(f)}
            </div>
          ))}
      </div>
      {fields
        .filter((f) => f.key === 'captions' || f.key === 'captions.credit')
        .map((f) => (
          <Fragment key={`${f.key}-${f.index}`}>{block(f, 'wire-caption', f.label)}</Fragment>
        ))}
      {block(one('credit'), 'wire-credit', 'Credit')}
      {block(one('copyright'), 'wire-copyright', 'Copyright')}
      {one('ednote') && (
        <aside className="wire-ednote" aria-label="Editor’s note, not for publication">
          <strong>Editor’s note — not for publication</strong>
          {block(one('ednote'), 'wire-ednote-text')}
        </aside>
      )}
      {unplaced.length > 0 && (
        <details className="wire-unplaced">
          <summary>{unplaced.length} repair(s) in other fields</summary>
          <ul>
            {unplaced.map((u) => (
              <li key={u.index}>
                {u.repair.field}: <code>{u.repair.rule}</code> “{visibleChars(u.repair.from)}” → “{visibleChars(u.repair.to)}”
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
