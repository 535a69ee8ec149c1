// Every handler of the contract, composed from the per-domain modules.
import type { Handlers } from '../ipc/registry';
import { appHandlers } from './app';
import { backupHandlers } from './backup';
import { copyDeskHandlers } from './copyDesk';
import type { HandlerDeps } from './deps';
import { exportHandlers } from './export';
import { mediaHandlers } from './media';
import { revisionHandlers } from './revision';
import { rewriteHandlers } from './rewrite';
import { storyHandlers } from './story';
import { wireHandlers } from './wire';

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...appHandlers(deps),
    ...backupHandlers(deps),
    ...storyHandlers(deps),
    ...revisionHandlers(deps),
    ...wireHandlers(deps),
    ...mediaHandlers(deps),
    ...rewriteHandlers(deps),
    ...copyDeskHandlers(deps),
    ...exportHandlers(deps),
  };
}
