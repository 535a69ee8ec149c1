// Right pane: facts about the open story, its workflow actions and its revision history.
import { useEffect, useState } from 'react';
import type { RevisionSummary, Story } from '../../../shared/story/model';
import { STATUS_LABELS } from '../../../shared/story/model';
import { call } from '../../bridge';

interface Props {
  story: Story | null;
  onStoryChanged(story: Story): void;
}

function stamp(iso: string): string {
  return new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

export function SidePanel({ story, onStoryChanged }: Props) {
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!story) return setRevisions([]);
    let live = true;
    call('revisionList', { storyId: story.id }).then(
      (r) => live && setRevisions(r.revisions),
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
  }, [story?.id, story?.version, story]);

  if (!story) return <aside className="pane side-pane" aria-label="Story details" />;

  const act = async (fn: () => Promise<Story>) => {
    try {
      setError(null);
      onStoryChanged(await fn());
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <aside className="pane side-pane" aria-label="Story details">
      <section>
        <h2>Details</h2>
        <dl className="facts">
          <dt>Status</dt>
          <dd>{STATUS_LABELS[story.status]}</dd>
          <dt>Created</dt>
          <dd>{stamp(story.createdAt)}</dd>
          <dt>Updated</dt>
          <dd>{stamp(story.updatedAt)}</dd>
          {story.agency && (
            <>
              <dt>Agency</dt>
              <dd>{story.agency}</dd>
            </>
          )}
        </dl>
        {story.status === 'spiked' ? (
          <button type="button" onClick={() => void act(() => call('storyUnspike', { id: story.id }))}>
            Restore from spike
          </button>
        ) : (
          <button type="button" className="danger" onClick={() => void act(() => call('storySpike', { id: story.id }))}>
            Spike story
          </button>
        )}
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
      </section>
      <section>
        <h2>History</h2>
        <ol className="revision-list" aria-label="Revisions">
          {revisions.map((r) => (
            <li key={r.id}>
              <span className="rev-kind">{r.kind}</span> <span className="rev-when">{stamp(r.createdAt)}</span>
              <span className="rev-who">{r.author}</span>
              {r.note && <span className="rev-note">{r.note}</span>}
              <span className="rev-delta">{r.delta >= 0 ? `+${r.delta}` : r.delta} chars</span>
            </li>
          ))}
        </ol>
      </section>
    </aside>
  );
}
