// A newer wire version against the rewrite: what changed since the version the rewrite began
// from, where each change falls in the story, and per change "Apply to story" (only where it can
// be placed safely, otherwise "Copy new text") or "Dismiss". "Mark as reviewed" acknowledges it.
import { useState } from 'react';
import type { WireChange } from '../../../shared/rewrite';
import type { StoryFlag, WireItemView } from '../../../shared/wire/model';
import { call } from '../../bridge';

export interface UpdatePanelProps {
  newer: WireItemView;
  base: WireItemView;
  flags: StoryFlag[];
  changes: WireChange[] | null;
  storyText: string;
  onApply(change: WireChange): boolean;
  onReviewed(): void;
}

function clip(text: string, max: number, from: 'start' | 'end'): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  return from === 'start' ? `${t.slice(0, max - 1)}…` : `…${t.slice(t.length - max + 1)}`;
}

function whereInStory(change: WireChange, storyText: string): string {
  const p = change.placement;
  if (p.status === 'absent') return 'Not in your rewrite: the story does not use this part of the wire.';
  const at = `paragraph ${p.paragraph + 1}`;
  if (p.status === 'applied') return `Already in your story (${at}).`;
  const edit = change.edit;
  if (p.status === 'exact' && change.kind === 'insert' && edit) {
    // An insertion is anchored on the word after it (new lead, new paragraph) or the one before.
    if (edit.to.endsWith(edit.from)) return `Goes into your story at ${at}, before “${clip(storyText.slice(p.start), 80, 'start')}”`;
    return `Goes into your story at ${at}, after “${clip(storyText.slice(0, p.end), 80, 'end')}”`;
  }
  const excerpt = clip(storyText.slice(p.start, p.end), 120, 'start');
  if (p.status === 'exact') return `In your story, ${at}, as the wire had it: “${excerpt}”`;
  return edit
    ? `In your story, ${at}, rewritten: “${excerpt}” — only the changed words can be swapped.`
    : `In your story, ${at}, rewritten: “${excerpt}” — change it by hand.`;
}

const KIND = { insert: 'Added', delete: 'Removed', replace: 'Changed' } as const;

export function UpdatePanel({ newer, base, flags, changes, storyText, onApply, onReviewed }: UpdatePanelProps) {
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const [applied, setApplied] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = (changes ?? []).filter((c) => !dismissed.has(c.id));
  const label = (v: WireItemView) => (v.version ? `version ${v.version}` : `item ${v.id}`);

  const copy = async (change: WireChange) => {
    try {
      await navigator.clipboard.writeText(change.added || change.after);
      setMessage('New wire text copied.');
    } catch {
      setMessage(`Copy this by hand: ${change.added || change.after}`);
    }
  };

  const review = async () => {
    setBusy(true);
    try {
      const note = `Reviewed wire ${label(newer)}: ${applied.size} of ${changes?.length ?? 0} change(s) applied, ${dismissed.size} dismissed.`;
      for (const flag of flags) await call('storyFlagAck', { flagId: flag.id, note });
      onReviewed();
    } catch (err) {
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="update-panel" aria-label="Newer wire version">
      <div className="banner update">
        <p>
          <strong>The wire sent {label(newer)}</strong> ({newer.headline}). Your rewrite began from {label(base)}. Nothing in your story
          changes unless you apply it.
        </p>
      </div>
      {changes === null ? (
        <p className="muted">Comparing the two versions with your rewrite…</p>
      ) : (
        <ol className="wire-changes" aria-label="Changes in the newer version">
          {shown.length === 0 && <li className="muted">No changes left to review.</li>}
          {shown.map((c) => {
            // Numbered in the full list, so dismissing one does not renumber the rest.
            const n = (changes ?? []).indexOf(c) + 1;
            return (
              <li key={c.id} className={`wire-change placement-${c.placement.status}`}>
                <p className="change-head">
                  {KIND[c.kind]} in the wire{applied.has(c.id) ? ' — applied' : ''}
                </p>
                <p className="change-text">
                  <span className="muted">{c.context.before}</span>
                  {c.removed && (
                    <del>
                      <span className="visually-hidden">[removed: </span>
                      {c.removed}
                      <span className="visually-hidden">]</span>
                    </del>
                  )}
                  {c.removed && c.added ? ' ' : ''}
                  {c.added && (
                    <ins>
                      <span className="visually-hidden">[added: </span>
                      {c.added}
                      <span className="visually-hidden">]</span>
                    </ins>
                  )}
                  <span className="muted">{c.context.after}</span>
                </p>
                <p className="change-where">{whereInStory(c, storyText)}</p>
                <div className="banner-actions">
                  {c.edit ? (
                    <button
                      type="button"
                      aria-label={`Apply change ${n} to story`}
                      onClick={() => {
                        if (onApply(c)) {
                          setApplied((s) => new Set(s).add(c.id));
                          setMessage(`Change ${n} applied to the story.`);
                        } else setMessage(`Change ${n} could not be placed safely any more; copy the new text instead.`);
                      }}
                    >
                      Apply to story
                    </button>
                  ) : c.placement.status !== 'applied' && c.added ? (
                    <button type="button" aria-label={`Copy new text of change ${n}`} onClick={() => void copy(c)}>
                      Copy new text
                    </button>
                  ) : null}
                  <button type="button" aria-label={`Dismiss change ${n}`} onClick={() => setDismissed((s) => new Set(s).add(c.id))}>
                    Dismiss
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {message && (
        <p className="muted" aria-live="polite">
          {message}
        </p>
      )}
      <button type="button" className="primary" disabled={busy} onClick={() => void review()}>
        Mark as reviewed
      </button>
    </section>
  );
}
