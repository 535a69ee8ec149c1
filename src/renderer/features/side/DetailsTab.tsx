// Details tab: facts about the open story and its workflow actions.
import { useState } from 'react';
import type { Story } from '../../../shared/story/model';
import { STATUS_LABELS } from '../../../shared/story/model';
import { call } from '../../bridge';
import type { SideTabProps } from './SidePanel';

export function stamp(iso: string): string {
  return new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

export function DetailsTab({ story, onStoryChanged }: SideTabProps) {
  const [error, setError] = useState<string | null>(null);
  const act = async (fn: () => Promise<Story>) => {
    try {
      setError(null);
      onStoryChanged(await fn());
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section>
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
  );
}
