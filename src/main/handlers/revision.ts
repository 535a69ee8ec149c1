// revision* calls: the history of a story, one snapshot, and restoring one (as a new revision).
import { AppError } from '../../shared/contract/result';
import type { Handlers } from '../ipc/registry';
import { writer, type HandlerDeps } from './deps';

export function revisionHandlers(deps: HandlerDeps): Pick<Handlers, 'revisionList' | 'revisionGet' | 'revisionRestore'> {
  return {
    async revisionList({ storyId }) {
      if (!(await deps.repo.get(storyId))) throw new AppError('not-found', `Story ${storyId} does not exist.`);
      return { revisions: await deps.repo.revisions(storyId) };
    },
    async revisionGet({ id }) {
      const revision = await deps.repo.revision(id);
      if (!revision) throw new AppError('not-found', `Revision ${id} does not exist.`);
      return revision;
    },
    async revisionRestore({ storyId, revisionId, version }) {
      const story = await deps.repo.restoreRevision(storyId, revisionId, version, writer(deps));
      deps.events.emit({ type: 'story-changed', id: story.id, version: story.version, status: story.status, by: writer(deps).author });
      return story;
    },
  };
}
