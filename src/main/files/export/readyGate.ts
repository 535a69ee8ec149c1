// The ready gate: export asks it before writing a story, and refuses (unless forced) when it
// reports error findings that are not waived. STAND-IN: until the checks engine lands, the gate
// always passes. The checks engine replaces `defaultReadyGate` here, and nothing else changes.
import type { Story } from '../../../shared/story/model';

export interface ReadyFinding {
  rule: string;
  severity: string;
  message: string;
}

export interface ReadyVerdict {
  ok: boolean;
  findings: ReadyFinding[];
}

export type ReadyGate = (story: Story) => Promise<ReadyVerdict>;

/** Always ready, no findings: the placeholder the checks engine replaces. */
export const alwaysReady: ReadyGate = async () => ({ ok: true, findings: [] });

export const defaultReadyGate: ReadyGate = alwaysReady;
