// The house-style checks off the typing path: a 20,000-word story takes tens of milliseconds, which
// would otherwise land on the keystroke typed while it runs. The pack is sent once per change and
// kept here, so its compiled rules are reused from run to run.
import type { RulePack } from '../../../shared/checks';
import { runChecks, type RunRequest } from './runChecks';

export type WorkerMessage = { type: 'pack'; key: number; pack: RulePack } | { type: 'run'; packKey: number; request: RunRequest };

// The web tsconfig types `self` as a window; in a worker it is the worker scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  postMessage(message: unknown): void;
};

let packs = new Map<number, RulePack>();

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'pack') {
    packs = new Map([[message.key, message.pack]]);
    return;
  }
  const pack = packs.get(message.packKey);
  if (!pack) {
    scope.postMessage({ id: message.request.id, error: 'The rule pack did not reach the checks worker.' });
    return;
  }
  try {
    scope.postMessage(runChecks(message.request, pack));
  } catch (err) {
    scope.postMessage({ id: message.request.id, error: (err as Error).message });
  }
};
