// The open story's workflow history: status changes, spikes, waivers and takeovers — who, when
// and why — newest first. Follows changes made elsewhere (another seat, the CLI, a bulk action).
import { useEffect, useState } from 'react';
import { STATUS_LABELS, type Story } from '../../../shared/story/model';
import type { WorkflowEvent } from '../../../shared/workflow/schemas';
import { call, onAppEvent } from '../../bridge';

const KIND_LABELS: Record<string, string> = {
  create: 'Created',
  status: 'Moved',
  spike: 'Spiked',
  unspike: 'Restored',
  waive: 'Waived',
  unwaive: 'Waiver withdrawn',
  takeover: 'Taken over',
  'flag-ack': 'Flag acknowledged',
};

function stamp(iso: string): string {
  return new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

export function WorkflowHistory({ story }: { story: Story }) {
  const [events, setEvents] = useState<WorkflowEvent[]>([]);
  const [tick, setTick] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(
    () =>
      onAppEvent((e) => {
        if (
          (e.type === 'story-changed' && e.id === story.id) ||
          e.type === 'stories-changed' ||
          (e.type === 'claim-changed' && e.storyId === story.id)
        )
          setTick((t) => t + 1);
      }),
    [story.id],
  );
  useEffect(() => {
    let live = true;
    call('storyEvents', { storyId: story.id }).then(
      (r) => live && (setEvents(r.events), setError(null)),
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
  }, [story.id, story.status, story.version, tick]);
  return (
    <section className="workflow-history">
      <h3>Workflow</h3>
      {error && <p className="error-text">{error}</p>}
      <ol aria-label="Workflow history">
        {events.map((e) => (
          <li key={e.id}>
            <span className="wf-kind">{KIND_LABELS[e.kind] ?? e.kind}</span>
            {e.toStatus && (
              <span className="wf-move">
                {e.fromStatus ? `${STATUS_LABELS[e.fromStatus]} → ` : ''}
                {STATUS_LABELS[e.toStatus]}
              </span>
            )}
            <span className="wf-who">{e.who}</span>
            <span className="wf-when">{stamp(e.at)}</span>
            {e.note && <span className="wf-note">{e.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
