// Kill, hold and withheld notices from the wire: a red banner that stays until an editor
// acknowledges it with a note saying what was done (the note is kept in the story's history).
import { useState } from 'react';
import type { StoryFlag } from '../../../shared/wire/model';
import { call } from '../../bridge';

const TITLES = { kill: 'Kill notice', hold: 'Hold', withheld: 'Withheld', correction: 'Correction', update: 'Newer version' } as const;

export function AdvisoryBanner({ flag, onDone }: { flag: StoryFlag; onDone(): void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noteId = `ack-note-${flag.id}`;
  const acknowledge = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('storyFlagAck', { flagId: flag.id, note: note.trim() });
      onDone();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="banner advisory" role="alert">
      <p>
        <strong>{TITLES[flag.kind]}:</strong> {flag.message}
      </p>
      <form
        className="ack-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (note.trim()) void acknowledge();
        }}
      >
        <label htmlFor={noteId}>What was done (required)</label>
        <input id={noteId} type="text" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" disabled={busy || !note.trim()}>
          Acknowledge
        </button>
      </form>
      {error && <p className="error-text">{error}</p>}
    </div>
  );
}
