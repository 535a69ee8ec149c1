// rewrite calls: the text repairs an editor reverted on a wire item. A revert only changes how
// the wire original is shown (and what the rewrite is measured against); the story text changes
// only when the editor also accepts that in the Wire tab.
import { AppError } from '../../shared/contract/result';
import type { Handlers } from '../ipc/registry';
import { writer, type HandlerDeps } from './deps';

export function rewriteHandlers(deps: HandlerDeps): Pick<Handlers, 'wireRepairReverts' | 'wireRepairRevert'> {
  const item = async (id: number) => {
    const found = await deps.wire.get(id);
    if (!found) throw new AppError('not-found', `Wire item ${id} does not exist.`);
    return found;
  };
  return {
    async wireRepairReverts({ wireItemId }) {
      await item(wireItemId);
      return { reverts: await deps.wire.reverts().list(wireItemId) };
    },
    async wireRepairRevert({ wireItemId, repairIndex, reverted }) {
      const { item: parsed } = await item(wireItemId);
      const count = parsed.repairs.length;
      if (repairIndex >= count) {
        const has = count === 0 ? 'has no repairs' : `has ${count} repair${count === 1 ? '' : 's'} (numbered 0–${count - 1})`;
        throw new AppError('bad-input', `Wire item ${wireItemId} ${has}; there is no repair ${repairIndex}.`);
      }
      return { reverts: await deps.wire.reverts().set(wireItemId, repairIndex, reverted, writer(deps)) };
    },
  };
}
