// Moving the open story through the workflow: the next step, any allowed move (a note to go
// back), spike and restore. A refusal by the ready gate lists what blocks it; each finding can be
// waived with a reason here (the Checks panel will offer the same), flags are acknowledged in Wire.
import { useState } from 'react';
import { STATUS_LABELS, type Story, type StoryStatus } from '../../../shared/story/model';
import type { GateFinding } from '../../../shared/workflow/schemas';
import type { StoryFlag } from '../../../shared/wire/model';
import { checkMove, movesFrom, nextStatus } from '../../../shared/workflow/transitions';
import { call, CallFailure } from '../../bridge';

interface Refused {
  message: string;
  findings: GateFinding[];
  flags: StoryFlag[];
}

function WaiveForm({ story, finding, onWaived }: { story: Story; finding: GateFinding; onWaived(): void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} aria-label={`Waive: ${finding.message}`}>
        Waive…
      </button>
    );
  const waive = async () => {
    try {
      await call('findingWaive', {
        storyId: story.id,
        rule: finding.rule,
        field: finding.field,
        ...(finding.index !== undefined ? { index: finding.index } : {}),
        excerpt: finding.excerpt,
        reason: reason.trim(),
      });
      onWaived();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form
      className="waive-form"
      onSubmit={(e) => {
        e.preventDefault();
        void waive();
      }}
    >
      <input
        type="text"
        aria-label="Reason for waiving"
        placeholder="Why this is right as it is"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        autoFocus
      />
      <button type="submit" disabled={!reason.trim()}>
        Waive
      </button>
      {error && <span className="error-text">{error}</span>}
    </form>
  );
}

export function WorkflowPanel({ story, beforeMove, onMoved }: { story: Story; beforeMove(): Promise<void>; onMoved(story: Story): void }) {
  const choices: StoryStatus[] = movesFrom(story.status).filter((s) => s !== 'spiked');
  const [target, setTarget] = useState<StoryStatus | ''>('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<Refused | null>(null);
  const [error, setError] = useState<string | null>(null);
  const next = nextStatus(story.status);
  const chosen = target && choices.includes(target) ? target : (choices[0] ?? '');
  const verdict = chosen ? checkMove(story.status, chosen) : null;
  const needsNote = !!verdict && verdict.allowed && verdict.needsNote;

  const move = async (to: StoryStatus, why = '') => {
    setBusy(true);
    setError(null);
    setRefused(null);
    try {
      // The gate checks what is stored: write what is on screen first.
      await beforeMove();
      onMoved(await call('storySetStatus', { id: story.id, status: to, ...(why.trim() ? { note: why.trim() } : {}) }));
      setNote('');
      setTarget('');
    } catch (err) {
      const details = err instanceof CallFailure ? ((err.details ?? {}) as Partial<Refused>) : {};
      if (details.findings || details.flags)
        setRefused({ message: (err as Error).message, findings: details.findings ?? [], flags: details.flags ?? [] });
      else setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="workflow-panel" aria-label="Workflow">
      <div className="workflow-actions">
        {next && (
          <button type="button" className="primary" disabled={busy} onClick={() => void move(next)}>
            Move to {STATUS_LABELS[next]}
          </button>
        )}
        {story.status === 'spiked' ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => void call('storyUnspike', { id: story.id }).then(onMoved, (e: Error) => setError(e.message))}
          >
            Restore from spike
          </button>
        ) : (
          <button type="button" className="danger" disabled={busy} onClick={() => void move('spiked', note)}>
            Spike story
          </button>
        )}
      </div>
      {choices.length > 0 && (
        <form
          className="workflow-move"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen) void move(chosen, note);
          }}
        >
          <label className="inline-label">
            <span>Move to</span>
            <select aria-label="Move story to" value={chosen} onChange={(e) => setTarget(e.target.value as StoryStatus)}>
              {choices.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <input
            type="text"
            aria-label="Note for this move"
            placeholder={needsNote ? 'Why it goes back (required)' : 'Note (optional)'}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="submit" disabled={busy || (needsNote && !note.trim())}>
            Move
          </button>
        </form>
      )}
      {refused && (
        <div className="gate-refusal" role="alert">
          <p>{refused.message}</p>
          {refused.findings.length > 0 && (
            <ul aria-label="Blocking findings">
              {/* Keyed by what the finding is, not its place: waiving one must not close another's open form. */}
              {refused.findings.map((f) => (
                <li key={`${f.rule}-${f.field}-${f.index ?? ''}-${f.start}`}>
                  <span className="finding-field">{f.field}</span> {f.message}
                  <WaiveForm
                    story={story}
                    finding={f}
                    onWaived={() => setRefused((r) => r && { ...r, findings: r.findings.filter((x) => x !== f) })}
                  />
                </li>
              ))}
            </ul>
          )}
          {refused.flags.length > 0 && (
            <ul aria-label="Blocking wire flags">
              {refused.flags.map((f) => (
                <li key={f.id}>
                  <strong>{f.kind}</strong>: {f.message} — acknowledge it in the Wire tab.
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
