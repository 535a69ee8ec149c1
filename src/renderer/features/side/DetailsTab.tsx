// Details tab: facts about the open story, its workflow actions (move, spike, restore, with the
// ready gate's refusals) and its workflow history.
import { STATUS_LABELS } from '../../../shared/story/model';
import { WorkflowHistory } from '../desk/WorkflowHistory';
import { WorkflowPanel } from '../desk/WorkflowPanel';
import type { SideTabProps } from './SidePanel';

export function stamp(iso: string): string {
  return new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

export function DetailsTab({ story, draft, onStoryChanged }: SideTabProps) {
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
      <WorkflowPanel story={story} beforeMove={() => draft.flush()} onMoved={onStoryChanged} />
      <WorkflowHistory story={story} />
    </section>
  );
}
