// The ready gate as export sees it: a story is exported only when the checks engine finds no
// error that is not waived and no kill, hold or withheld flag is open. services/readyGate.ts
// decides (the same gate as the workflow's move to Ready); this adapts its verdict into the
// one-line findings the CLI and the export dialog list. `alwaysReady` is for callers with no
// desk behind them (tests, tools exporting loose stories).
import type { Story } from '../../../shared/story/model';
import type { StoryRepository } from '../../db/storyRepository';
import type { WireRepository } from '../../db/wireRepository';
import { readyGateFor } from '../../services/readyGate';
import type { SettingsStore } from '../../settings/settingsStore';

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

/** Always ready, no findings. */
export const alwaysReady: ReadyGate = async () => ({ ok: true, findings: [] });

/** The desk's ready gate over one app's stores: blocking findings first, then open flags. */
// Any app's stores: the services of a CLI command, or the handlers' deps (the app's export calls).
export function exportReadyGate(services: { repo: StoryRepository; wire: WireRepository; settings: SettingsStore }): ReadyGate {
  const gate = readyGateFor({ repo: services.repo, wire: services.wire, settings: services.settings });
  return async (story) => {
    const verdict = await gate(story);
    return {
      ok: verdict.ok,
      findings: [
        ...verdict.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: `${f.field}: ${f.message}` })),
        ...verdict.flags.map((f) => ({ rule: `${f.kind} flag`, severity: 'error', message: f.message })),
      ],
    };
  };
}
