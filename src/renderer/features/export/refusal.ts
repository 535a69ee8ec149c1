// A refused export as the dialogs show it: the message and the ready gate's findings, read from
// the call's error details (exportRefusalSchema); anything else is just a message.
import { exportRefusalSchema } from '../../../shared/contract/calls';
import { CallFailure } from '../../bridge';

export interface ReadyFinding {
  rule: string;
  severity: string;
  message: string;
}

export type ExportProblem = { kind: 'refused'; message: string; findings: ReadyFinding[] } | { kind: 'error'; message: string };

export function exportProblem(err: unknown): ExportProblem {
  if (err instanceof CallFailure && err.code === 'refused') {
    const details = exportRefusalSchema.safeParse(err.details);
    if (details.success) return { kind: 'refused', message: err.message, findings: details.data.findings };
  }
  return { kind: 'error', message: err instanceof Error ? err.message : String(err) };
}

/** Wire flags (kill, hold, withheld) are acknowledged in the Wire tab; the rest are findings. */
export function isFlagFinding(finding: ReadyFinding): boolean {
  return finding.rule.endsWith(' flag');
}
