// story* calls: create, read, list, search, update with the optimistic version check, spike.
import { AppError } from '../../shared/contract/result';
import type { Story } from '../../shared/story/model';
import type { Handlers } from '../ipc/registry';
import { copyDesk } from '../services/copyDesk';
import { writer, type HandlerDeps } from './deps';

type StoryHandlers = Pick<
  Handlers,
  'storyList' | 'storyGet' | 'storyCreate' | 'storyUpdate' | 'storySearch' | 'storySpike' | 'storyUnspike'
>;

export function storyHandlers(deps: HandlerDeps): StoryHandlers {
  const changed = (story: Story): Story => {
    deps.events.emit({ type: 'story-changed', id: story.id, version: story.version, status: story.status, by: writer(deps).author });
    return story;
  };
  return {
    storyList: (query) => deps.repo.list(query),
    async storyGet({ id }) {
      const story = await deps.repo.get(id);
      if (!story) throw new AppError('not-found', `Story ${id} does not exist.`);
      return story;
    },
    async storyCreate({ fields }) {
      return changed(await deps.repo.create({ fields: { language: deps.settings.get().site.language, ...fields } }, writer(deps)));
    },
    async storyUpdate({ id, version, patch, mode, note }) {
      try {
        return changed(await deps.repo.update(id, version, patch, { mode, ...(note ? { note } : {}) }, writer(deps)));
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'conflict') throw err;
        // Lost the race: keep this text in history before telling the editor, so nothing is lost.
        const revisionId = await deps.repo.keepConflictingCopy(id, patch, writer(deps));
        throw new AppError('conflict', err.message, { ...(err.details as object), conflictRevisionId: revisionId });
      }
    },
    storySearch: (query) => deps.repo.search(query),
    async storySpike({ id, note }) {
      return changed(await deps.repo.spike(id, writer(deps), note));
    },
    async storyUnspike({ id, note }) {
      return changed(await copyDesk(deps).workflow.unspike(id, note ?? '', writer(deps)));
    },
  };
}
