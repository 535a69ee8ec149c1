// Every handler of the contract, composed from the per-domain modules.
import type { Handlers } from '../ipc/registry';
import { appHandlers } from './app';
import type { HandlerDeps } from './deps';
import { revisionHandlers } from './revision';
import { storyHandlers } from './story';

export function createHandlers(deps: HandlerDeps): Handlers {
  return { ...appHandlers(deps), ...storyHandlers(deps), ...revisionHandlers(deps) };
}
