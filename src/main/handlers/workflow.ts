// Workflow calls: move a story (storySetStatus), its history (storyEvents), what the ready gate
// says (storyGate), and waivers of findings (findingWaive, findingWaivers, findingUnwaive).
import { CHECK_FIELDS } from '../../shared/checks';
import { AppError } from '../../shared/contract/result';
import type { Story } from '../../shared/story/model';
import type { Handlers } from '../ipc/registry';
import { copyDesk } from '../services/copyDesk';
import { writer, type HandlerDeps } from './deps';

type WorkflowHandlers = Pick<
  Handlers,
  'storySetStatus' | 'storyEvents' | 'storyGate' | 'findingWaive' | 'findingWaivers' | 'findingUnwaive'
>;

export function workflowHandlers(deps: HandlerDeps): WorkflowHandlers {
  const { workflow, gate, desk, problems } = copyDesk(deps);
  const mustGet = async (id: number): Promise<Story> => {
    const story = await deps.repo.get(id);
    if (!story) throw new AppError('not-found', `Story ${id} does not exist.`);
    return story;
  };
  const changed = (story: Story) =>
    deps.events.emit({ type: 'story-changed', id: story.id, version: story.version, status: story.status, by: writer(deps).author });

  return {
    async storySetStatus({ id, status, note }) {
      const story = await workflow.setStatus(id, status, note ?? '', writer(deps));
      changed(story);
      return story;
    },

    async storyEvents({ storyId }) {
      await mustGet(storyId);
      const events = await deps.repo.events(storyId);
      return {
        events: events.map(({ id, storyId: sid, at, who, kind, fromStatus, toStatus, note }) => ({
          id,
          storyId: sid,
          at,
          who,
          kind,
          fromStatus,
          toStatus,
          note,
        })),
      };
    },

    async storyGate({ id }) {
      return gate(await mustGet(id));
    },

    async findingWaive({ storyId, rule, field, index, excerpt, reason }) {
      if (!(CHECK_FIELDS as readonly string[]).includes(field))
        throw new AppError('bad-input', `"${field}" is not a field the checks look at.`);
      const story = await mustGet(storyId);
      const waiver = await desk.addWaiver(storyId, { rule, field, index: index ?? null, excerpt, reason: reason.trim() }, writer(deps));
      await problems.refresh(storyId);
      changed(story);
      return waiver;
    },

    async findingWaivers({ storyId }) {
      await mustGet(storyId);
      return { waivers: await desk.waivers(storyId) };
    },

    async findingUnwaive({ storyId, waiverId, note }) {
      const story = await mustGet(storyId);
      const removed = await desk.removeWaiver(storyId, waiverId, writer(deps), note ?? '');
      if (removed) {
        await problems.refresh(storyId);
        changed(story);
      }
      return { removed };
    },
  };
}
