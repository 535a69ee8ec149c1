// Claim calls: hold a story open for editing with heartbeats (storyClaim), let go (storyRelease),
// and take over a stale claim keeping the previous holder's text (storyTakeOver).
import { AppError } from '../../shared/contract/result';
import type { Handlers } from '../ipc/registry';
import { copyDesk } from '../services/copyDesk';
import type { HandlerDeps } from './deps';

type ClaimHandlers = Pick<Handlers, 'storyClaim' | 'storyRelease' | 'storyTakeOver'>;

export function claimHandlers(deps: HandlerDeps): ClaimHandlers {
  const { claims } = copyDesk(deps);
  const holderOf = (given: string | undefined) => given ?? deps.settings.get().userName;
  const mustExist = async (id: number) => {
    if (!(await deps.repo.get(id))) throw new AppError('not-found', `Story ${id} does not exist.`);
  };
  return {
    async storyClaim({ id, seat, holder, draft, beatAt }) {
      await mustExist(id);
      return claims.claim({ id, seat, holder: holderOf(holder), ...(draft !== undefined ? { draft } : {}), ...(beatAt ? { beatAt } : {}) });
    },
    async storyRelease({ id, seat }) {
      return { released: await claims.release(id, seat) };
    },
    async storyTakeOver({ id, seat, holder }) {
      await mustExist(id);
      return claims.takeOver(id, seat, holderOf(holder));
    },
  };
}
