// The copy desk's handlers in one spread: workflow, desk views and bulk actions, claims, captions.
import type { Handlers } from '../ipc/registry';
import { captionHandlers } from './captions';
import { claimHandlers } from './claims';
import type { HandlerDeps } from './deps';
import { deskHandlers } from './desk';
import { workflowHandlers } from './workflow';

type CopyDeskHandlers = ReturnType<typeof workflowHandlers> &
  ReturnType<typeof deskHandlers> &
  ReturnType<typeof claimHandlers> &
  ReturnType<typeof captionHandlers>;

export function copyDeskHandlers(deps: HandlerDeps): CopyDeskHandlers & Partial<Handlers> {
  return { ...workflowHandlers(deps), ...deskHandlers(deps), ...claimHandlers(deps), ...captionHandlers(deps) };
}
