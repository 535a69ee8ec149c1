// The rewrite analysis off the typing path: tens of milliseconds on a long story would otherwise
// delay the keystroke that arrives while it runs.
import { analyse, type AnalysisRequest } from './analysis';

// The web tsconfig types `self` as a window; in a worker it is the worker scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; request: AnalysisRequest }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    scope.postMessage({ id, result: analyse(request) });
  } catch (err) {
    scope.postMessage({ id, error: (err as Error).message });
  }
};
