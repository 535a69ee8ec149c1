// History tab: the story's revisions (kind, who, when, note, size and change), any two of them
// compared word by word, and restoring one — which writes a new revision, so nothing is lost.
// After a save that lost the version check, it compares the kept copy with the stored version.
import { useEffect, useState } from 'react';
import type { RevisionSummary, StoryFields } from '../../../shared/story/model';
import { call } from '../../bridge';
import { currentFields } from '../rewrite/putFields';
import { RevisionCompare, type CompareSide } from '../rewrite/RevisionCompare';
import { fieldsOf } from '../story/useStoryDraft';
import { stamp } from './DetailsTab';
import type { SideTabProps } from './SidePanel';

const KIND_LABELS: Record<RevisionSummary['kind'], string> = {
  save: 'Saved',
  autosave: 'Autosave',
  restore: 'Restored',
  conflict: 'Conflict copy',
  takeover: 'Taken over',
  import: 'Imported',
};

/** A compare pick: a revision id, the text on screen, or the version stored elsewhere (conflict). */
type Pick = number | 'screen' | 'stored';

function delta(n: number): { text: string; spoken: string } {
  const abs = Math.abs(n).toLocaleString();
  if (n === 0) return { text: '±0', spoken: 'no change in length' };
  return n > 0 ? { text: `+${abs}`, spoken: `${abs} characters added` } : { text: `−${abs}`, spoken: `${abs} characters removed` };
}

export function HistoryTab({ story, draft, onStoryChanged }: SideTabProps) {
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<Pick[]>([]);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const conflict = draft.saveState.kind === 'conflict' ? draft.saveState : null;

  useEffect(() => {
    let live = true;
    call('revisionList', { storyId: story.id }).then(
      (r) => live && setRevisions(r.revisions),
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
    // A conflict adds a revision (the kept copy) without changing the story's version.
  }, [story.id, story.version, conflict]);

  const toggle = (pick: Pick, on: boolean) =>
    // Two at most: checking a third lets go of the one picked first.
    setPicked((now) => (on ? [...now.filter((p) => p !== pick), pick].slice(-2) : now.filter((p) => p !== pick)));

  const restore = async (revision: RevisionSummary) => {
    setBusy(true);
    setError(null);
    try {
      // Write what is on screen first, so the restore starts from the newest version and the
      // text it replaces is itself a revision.
      await draft.flush();
      const { version } = await call('storyGet', { id: story.id });
      onStoryChanged(await call('revisionRestore', { storyId: story.id, revisionId: revision.id, version }));
      setConfirming(null);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const side = (pick: Pick): CompareSide => {
    if (pick === 'screen') return { key: 'screen', label: 'the text on screen', load: async () => currentFields(draft) ?? fieldsOf(story) };
    if (pick === 'stored') {
      const theirs = conflict?.theirs ?? story;
      return {
        key: `stored-${theirs.version}`,
        label: `the version saved elsewhere (v${theirs.version})`,
        load: async () => fieldsOf(theirs),
      };
    }
    const r = revisions.find((x) => x.id === pick);
    const label = r ? `revision ${r.id} (${KIND_LABELS[r.kind].toLowerCase()}, ${stamp(r.createdAt)})` : `revision ${pick}`;
    return { key: `rev-${pick}`, label, load: async (): Promise<StoryFields> => (await call('revisionGet', { id: pick })).fields };
  };
  // Older first: revisions by id, then the stored version, then the text on screen.
  const order = (p: Pick) => (p === 'screen' ? Infinity : p === 'stored' ? Number.MAX_SAFE_INTEGER : p);
  const pair = picked.length === 2 ? [...picked].sort((a, b) => order(a) - order(b)) : null;
  const keptCopy = revisions.find((r) => r.kind === 'conflict');

  return (
    <section className="history-tab">
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {conflict && (
        <div className="banner warning">
          <p>Your last save lost to a newer one saved elsewhere. Both texts are kept.</p>
          <button type="button" disabled={!keptCopy} onClick={() => keptCopy && setPicked([keptCopy.id, 'stored'])}>
            Compare with the version saved elsewhere
          </button>
        </div>
      )}
      <p className="hint">Tick two versions to compare them.</p>
      <label className="inline-label revision-screen">
        <input type="checkbox" checked={picked.includes('screen')} onChange={(e) => toggle('screen', e.target.checked)} />
        Text on screen
      </label>
      {conflict && (
        <label className="inline-label revision-screen">
          <input type="checkbox" checked={picked.includes('stored')} onChange={(e) => toggle('stored', e.target.checked)} />
          Version saved elsewhere (v{conflict.theirs.version})
        </label>
      )}
      <ol className="revision-list" aria-label="Revisions">
        {revisions.map((r) => {
          const d = delta(r.delta);
          const name = `revision ${r.id}`;
          return (
            <li key={r.id} className={`revision rev-${r.kind}`}>
              <label className="rev-pick">
                <input
                  type="checkbox"
                  checked={picked.includes(r.id)}
                  onChange={(e) => toggle(r.id, e.target.checked)}
                  aria-label={`Compare ${name}`}
                />
                <span className="rev-kind">{KIND_LABELS[r.kind]}</span>
              </label>
              <span className="rev-when">{stamp(r.createdAt)}</span>
              <span className="rev-who">{r.author}</span>
              <span className="rev-size">
                {r.size.toLocaleString()} chars{' '}
                <span className="rev-delta" aria-hidden="true">
                  {d.text}
                </span>
                <span className="visually-hidden">, {d.spoken}</span>
              </span>
              {r.note && <span className="rev-note">{r.note}</span>}
              {confirming === r.id ? (
                <span className="rev-confirm" role="group" aria-label={`Confirm restoring ${name}`}>
                  <span>Restore this version? The current text stays in history.</span>
                  <button type="button" className="primary" disabled={busy} onClick={() => void restore(r)}>
                    Restore {name}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    Cancel
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="rev-restore"
                  disabled={!!conflict}
                  title={conflict ? 'Resolve the conflict first' : undefined}
                  aria-label={`Restore ${name}`}
                  onClick={() => setConfirming(r.id)}
                >
                  Restore
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {pair && <RevisionCompare older={side(pair[0]!)} newer={side(pair[1]!)} onClose={() => setPicked([])} />}
    </section>
  );
}
