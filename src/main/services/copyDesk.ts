// The copy desk's services over one app's stores (ready gate, workflow, claims, problem index),
// made once per app and shared by the desk's handler modules.
import type { HandlerDeps } from '../handlers/deps';
import type { DeskRepository } from '../db/deskRepository';
import { createClaims, type Claims } from './claims';
import { createProblemIndex, type ProblemIndex } from './problems';
import { checksFindingsSource, createReadyGate, type FindingsSource, type ReadyGate } from './readyGate';
import { createWorkflow, type Workflow } from './workflow';

export interface CopyDesk {
  desk: DeskRepository;
  source: FindingsSource;
  gate: ReadyGate;
  workflow: Workflow;
  claims: Claims;
  problems: ProblemIndex;
}

const made = new WeakMap<HandlerDeps, CopyDesk>();

export function copyDesk(deps: HandlerDeps): CopyDesk {
  const existing = made.get(deps);
  if (existing) return existing;
  const desk = deps.repo.desk();
  const source = checksFindingsSource({ settings: deps.settings, wire: deps.wire });
  const gate = createReadyGate({ source, waivers: (id) => desk.waivers(id), flags: (id) => deps.wire.flags(id) });
  const problems = createProblemIndex({
    repo: deps.repo,
    source,
    onChanged: () => deps.events.emit({ type: 'stories-changed', reason: 'problems' }),
    subscribe: (listener) => deps.events.subscribe(listener),
  });
  // The index follows story events from the first desk read on (problems.nudge): a host that
  // shows the desk (the app, `slugline serve`) keeps it fresh; one-shot CLI commands never start it.
  const claims = createClaims({
    desk,
    onChange: (change) => deps.events.emit({ type: 'claim-changed', storyId: change.storyId, holder: change.holder, seat: change.seat }),
  });
  const services: CopyDesk = { desk, source, gate, workflow: createWorkflow({ repo: deps.repo, gate }), claims, problems };
  made.set(deps, services);
  return services;
}
