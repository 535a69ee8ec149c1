// History tab: the story's revisions, newest first.
import { useEffect, useState } from 'react';
import type { RevisionSummary } from '../../../shared/story/model';
import { call } from '../../bridge';
import { stamp } from './DetailsTab';
import type { SideTabProps } from './SidePanel';

export function HistoryTab({ story }: SideTabProps) {
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('revisionList', { storyId: story.id }).then(
      (r) => live && setRevisions(r.revisions),
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
  }, [story.id, story.version]);
  return (
    <section>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
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
  );
}
