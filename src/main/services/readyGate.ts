// The ready gate: a story may move to Ready or Published, or be exported, only when it has no
// error findings that are not waived and no unacknowledged kill, hold or withheld flag. The
// findings come from an injected source (the checks engine in the app, fakes in tests).
import { checkInputFromStory, checkStory, gateFindings, type Finding, type RulePack } from '../../shared/checks';
import { inlineHtmlToText } from '../../shared/ingest/inline';
import type { Preferences } from '../../shared/settings/preferences';
import type { Story } from '../../shared/story/model';
import { BLOCKING_FLAGS, type StoryFlag } from '../../shared/wire/model';
import type { GateVerdict, WaiverRecord } from '../../shared/workflow/schemas';
import { waiverOfRecord } from '../../shared/workflow/waivers';
import type { StoryRepository } from '../db/storyRepository';
import type { WireRepository } from '../db/wireRepository';
import type { SettingsStore } from '../settings/settingsStore';
import { rulePackOf } from './rulePack';

export interface FindingsSource {
  findings(story: Story): Promise<Finding[]> | Finding[];
  /** Changes whenever the same story could get different findings (rules, preferences). */
  signature(): string;
}

export interface ReadyGateDeps {
  source: FindingsSource;
  waivers(storyId: number): Promise<WaiverRecord[]>;
  flags(storyId: number): Promise<StoryFlag[]>;
}

export type ReadyGate = (story: Story) => Promise<GateVerdict>;

/** Error findings not waived, and open blocking flags: `ok` only when there are neither. */
export function createReadyGate(deps: ReadyGateDeps): ReadyGate {
  return async (story) => {
    const [findings, waivers, flags] = await Promise.all([deps.source.findings(story), deps.waivers(story.id), deps.flags(story.id)]);
    const { blocking, waived } = gateFindings(findings, waivers.map(waiverOfRecord));
    const open = flags.filter((f) => f.acknowledgedAt === null && BLOCKING_FLAGS.includes(f.kind));
    return { ok: blocking.length === 0 && open.length === 0, findings: blocking, waived, flags: open };
  };
}

/** A short hash (FNV-1a) of a text: rules signatures are compared, never read. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const packHashes = new WeakMap<RulePack, string>();
// The settings store hands out one object while the preferences file is unchanged.
const prefsHashes = new WeakMap<Preferences, string>();

export interface ChecksSourceDeps {
  settings: SettingsStore;
  wire: WireRepository;
  /** The rule pack in force; by default the one in preferences (services/rulePack.ts). */
  rulePack?: () => RulePack;
}

/** The checks engine as the gate's findings source, with the wire copy for the rewrite credit rule. */
export function checksFindingsSource(deps: ChecksSourceDeps): FindingsSource {
  const pack = deps.rulePack ?? (() => rulePackOf(deps.settings));
  const checkPrefs = (p: Preferences) => ({
    targets: p.targets,
    usStyle: p.usStyle,
    creditDictionary: p.creditDictionary,
    creditRules: p.creditRules,
  });
  const wireText = async (story: Story): Promise<string | null> => {
    if (!story.wireItemId) return null;
    const item = await deps.wire.get(story.wireItemId);
    return item ? item.item.body.map((html) => inlineHtmlToText(html)).join('\n\n') : null;
  };
  return {
    async findings(story) {
      const preferences = checkPrefs(deps.settings.get());
      return checkStory(checkInputFromStory(story, await wireText(story)), pack(), { preferences });
    },
    signature() {
      const p = pack();
      let packHash = packHashes.get(p);
      if (!packHash) packHashes.set(p, (packHash = fnv1a(JSON.stringify(p))));
      const preferences = deps.settings.get();
      let prefsHash = prefsHashes.get(preferences);
      if (!prefsHash) prefsHashes.set(preferences, (prefsHash = fnv1a(JSON.stringify(checkPrefs(preferences)))));
      return `${packHash}.${prefsHash}`;
    },
  };
}

/** The gate over one app's stores, for every caller: workflow, export, `slugline status`. */
export function readyGateFor(deps: {
  repo: StoryRepository;
  wire: WireRepository;
  settings: SettingsStore;
  source?: FindingsSource;
}): ReadyGate {
  const desk = deps.repo.desk();
  return createReadyGate({
    source: deps.source ?? checksFindingsSource({ settings: deps.settings, wire: deps.wire }),
    waivers: (id) => desk.waivers(id),
    flags: (id) => deps.wire.flags(id),
  });
}
