// Desk calls: the list with filters and search (deskList), per-status counts (storyCounts),
// and bulk actions (storyBulkStatus, storyBulkTag) — each story through the workflow's rules.
import type { Handlers } from '../ipc/registry';
import { copyDesk } from '../services/copyDesk';
import { writer, type HandlerDeps } from './deps';

type DeskHandlers = Pick<Handlers, 'deskList' | 'storyCounts' | 'storyBulkStatus' | 'storyBulkTag'>;

export function deskHandlers(deps: HandlerDeps): DeskHandlers {
  const { desk, workflow, claims, problems } = copyDesk(deps);
  return {
    async deskList(query) {
      problems.nudge();
      return desk.list(query, claims.staleBefore());
    },

    async storyCounts(filters) {
      problems.nudge();
      return desk.counts(filters);
    },

    async storyBulkStatus({ ids, status, note }) {
      const result = await workflow.bulkStatus(ids, status, note ?? '', writer(deps));
      if (result.moved.length) deps.events.emit({ type: 'stories-changed', reason: 'bulk-status' });
      return result;
    },

    async storyBulkTag({ ids, add, remove }) {
      const result = await workflow.bulkTag(ids, { add: add ?? [], remove: remove ?? [] }, writer(deps), (id) => claims.heldElsewhere(id));
      if (result.changed.length) deps.events.emit({ type: 'stories-changed', reason: 'bulk-tag' });
      return result;
    },
  };
}
