// Runs the open story's checks while it is open, whichever side tab is showing: ~300 ms after the
// text stops changing (StoryDraft.onEdit) (in a worker, off the typing path), again when the rules, preferences or wire
// copy change, and publishes findings and waivers to the checks session for the panel and the
// underlines. Mounted once beside the story's editors (StoryFields).
import { useEffect, useMemo, useRef } from 'react';
import type { RulePack } from '../../../shared/checks';
import { wireBodyText } from '../../../shared/rewrite/wireText';
import type { Story } from '../../../shared/story/model';
import { call, onAppEvent } from '../../bridge';
import { openFlags, useStoryFlags } from '../rewrite/useStoryFlags';
import { useWireSource } from '../rewrite/useWireSource';
import type { StoryDraft } from '../story/useStoryDraft';
import type { WorkerMessage } from './checks.worker';
import { checksSession } from './checksSession';
import { runChecks, type RunRequest, type RunResult } from './runChecks';
import { useCheckSettings } from './useCheckSettings';

/** Wait for typing to pause this long before checking. */
export const SETTLE_MS = 300;

type Reply = RunResult | { id: number; error: string };

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

const packKeys = new WeakMap<RulePack, number>();
let nextPackKey = 1;
const keyOf = (pack: RulePack) => packKeys.get(pack) ?? (packKeys.set(pack, nextPackKey), nextPackKey++);

export function ChecksRunner({ story, draft }: { story: Story; draft: StoryDraft }) {
  const settings = useCheckSettings();
  const { flags } = useStoryFlags(story.id);
  const source = useWireSource(story.wireItemId, flags);
  const wireText = useMemo(() => (source.base ? wireBodyText(source.base.item, source.reverted) : null), [source.base, source.reverted]);
  const blockingFlags = openFlags(flags).blocking.length;

  // The latest of everything a run needs, read when the run starts (not captured per render).
  const latest = useRef({ draft, settings, wireText, agency: story.agency });
  latest.current = { draft, settings, wireText, agency: story.agency };
  const storyId = story.id;
  const onEdit = draft.onEdit;

  useEffect(() => {
    checksSession.reset(storyId);
    const worker = startWorker();
    let workerPack = 0;
    let seq = 0;
    let timer: number | null = null;
    const pending = new Map<number, number>();

    const publish = (result: Reply) => {
      const started = pending.get(result.id);
      pending.delete(result.id);
      if (started === undefined || result.id !== seq) return;
      if ('error' in result) {
        checksSession.update({ status: 'error', error: `The checks could not run: ${result.error}` });
        return;
      }
      const totalMs = performance.now() - started;
      // User Timing, for the numbers in the README: settle → findings shown, and the engine alone.
      performance.measure('slugline:checks', { start: started, duration: totalMs });
      performance.measure('slugline:checks-engine', { start: started, duration: result.engineMs });
      checksSession.update({
        status: 'done',
        error: null,
        findings: result.findings,
        texts: result.texts,
        timing: { engineMs: result.engineMs, totalMs, words: result.words },
      });
    };
    if (worker) worker.onmessage = (event: MessageEvent<Reply>) => publish(event.data);

    const run = () => {
      timer = null;
      const { draft: d, settings: s, wireText: wire, agency } = latest.current;
      if (!s) return;
      const started = performance.now();
      // Pull the editors' pending keystrokes into the draft: the same serialisation a save does.
      const fields = d.sync();
      performance.measure('slugline:checks-sync', { start: started, end: performance.now() });
      if (!fields) return;
      const request: RunRequest = { id: ++seq, fields, agency, preferences: s.preferences, wireText: wire };
      pending.set(request.id, started);
      checksSession.update({ status: 'checking' });
      if (worker) {
        const key = keyOf(s.pack);
        if (key !== workerPack) {
          worker.postMessage({ type: 'pack', key, pack: s.pack } satisfies WorkerMessage);
          workerPack = key;
        }
        worker.postMessage({ type: 'run', packKey: key, request } satisfies WorkerMessage);
      } else {
        window.setTimeout(() => {
          try {
            publish(runChecks(request, s.pack));
          } catch (err) {
            publish({ id: request.id, error: (err as Error).message });
          }
        }, 0);
      }
    };
    const schedule = (delay: number) => {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(run, delay);
    };

    const reloadWaivers = async () => {
      try {
        const { waivers } = await call('findingWaivers', { storyId });
        const now = checksSession.snapshot();
        // Every save announces the story: only a real change of waivers repaints anything.
        if (now.storyId === storyId && JSON.stringify(now.waivers) !== JSON.stringify(waivers)) checksSession.update({ waivers });
      } catch {
        // The story is gone or main is unreachable: the editor says so; keep what we have.
      }
    };
    void reloadWaivers();
    checksSession.actions = { rerun: () => schedule(0), reloadWaivers };
    // Every edit in any field (captions and figure inputs too), as it happens; nothing is serialised.
    const offEdit = onEdit(() => schedule(SETTLE_MS));
    // Waived or un-waived elsewhere (another window, the Details tab): reload the waivers.
    const offEvent = onAppEvent((event) => {
      if (event.type === 'story-changed' && event.id === storyId) void reloadWaivers();
    });
    return () => {
      offEdit();
      offEvent();
      if (timer !== null) window.clearTimeout(timer);
      worker?.terminate();
      checksSession.actions = null;
      checksSession.reset(null);
    };
  }, [storyId, onEdit]);

  // Run now when what the checks use changes, or the draft is replaced from outside (reload, restore).
  useEffect(() => {
    if (settings) checksSession.actions?.rerun();
  }, [settings, wireText, draft.generation]);

  useEffect(() => checksSession.update({ openFlags: blockingFlags }), [blockingFlags]);

  return null;
}
