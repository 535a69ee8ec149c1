// The Checks panel's list as data: findings by severity (errors first), then by place; waived
// findings apart with the waiver that covers them; notes about rules apart; and the gate's line.
// Pure (tested in tests/node/checks-ui), so the panel only renders.
import { gateFindings, SEVERITIES, waives, type Finding, type Severity } from '../../../shared/checks';
import { waiverOfRecord } from '../../../shared/workflow/waivers';
import type { WaiverRecord } from '../../../shared/workflow/schemas';
import { comparePlaces, placeKey, placeLabel } from './places';

export interface PlaceGroup {
  key: string;
  label: string;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  title: string;
  count: number;
  places: PlaceGroup[];
  /** Findings not listed (see `shortenGroups`); 0 when every finding is. */
  hidden: number;
}

export interface WaivedFinding {
  finding: Finding;
  waiver: WaiverRecord;
}

export interface FindingList {
  groups: SeverityGroup[];
  waived: WaivedFinding[];
  /** Waivers that cover no finding now (the waived text changed or went away). */
  unmatched: WaiverRecord[];
  /** Notes about rules (stopped early, capped, not run): listed, never underlined. */
  notices: Finding[];
  /** Error findings no waiver covers: these keep the story from Ready. */
  blocking: number;
}

const TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Suggestions' };

export function groupFindings(findings: readonly Finding[], records: readonly WaiverRecord[]): FindingList {
  const notices = findings.filter((f) => f.notice);
  const real = findings.filter((f) => !f.notice);
  const waivers = records.map((r) => ({ record: r, waiver: waiverOfRecord(r) }));
  const { blocking, waived } = gateFindings(
    real,
    waivers.map((w) => w.waiver),
  );
  const waivedSet = new Set(waived);
  const used = new Set<WaiverRecord>();
  const waivedList: WaivedFinding[] = waived.map((finding) => {
    const match = waivers.find((w) => waives(w.waiver, finding))!;
    used.add(match.record);
    return { finding, waiver: match.record };
  });

  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const open = real.filter((f) => f.severity === severity && !waivedSet.has(f));
    if (open.length === 0) continue;
    const byPlace = new Map<string, PlaceGroup>();
    for (const f of [...open].sort((a, b) => comparePlaces(a, b) || a.start - b.start || a.end - b.end)) {
      const key = placeKey(f);
      let group = byPlace.get(key);
      if (!group) byPlace.set(key, (group = { key, label: placeLabel(f), findings: [] }));
      group.findings.push(f);
    }
    groups.push({ severity, title: TITLES[severity], count: open.length, places: [...byPlace.values()], hidden: 0 });
  }
  return {
    groups,
    waived: waivedList,
    unmatched: records.filter((r) => !used.has(r)),
    notices,
    blocking: blocking.length,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The gate's line: "Ready to publish", or what blocks Ready (errors not waived, open wire notices). */
export function gateLine(blocking: number, openFlags = 0): string {
  if (blocking === 0 && openFlags === 0) return 'Ready to publish';
  const parts: string[] = [];
  if (blocking) parts.push(plural(blocking, 'error'));
  if (openFlags) parts.push(plural(openFlags, 'wire notice'));
  return `${parts.join(' and ')} ${blocking + openFlags === 1 ? 'blocks' : 'block'} Ready`;
}

/**
 * Each group cut to its first `limit` findings unless it is in `expanded`: a long story can have
 * thousands of suggestions, and rendering them all would hold up typing after every check run.
 */
export function shortenGroups(list: FindingList, limit: number, expanded: ReadonlySet<Severity>): FindingList {
  const groups = list.groups.map((group) => {
    if (expanded.has(group.severity) || group.count <= limit) return group;
    let left = limit;
    const places: PlaceGroup[] = [];
    for (const place of group.places) {
      if (left <= 0) break;
      places.push(place.findings.length <= left ? place : { ...place, findings: place.findings.slice(0, left) });
      left -= place.findings.length;
    }
    return { ...group, places, hidden: group.count - limit };
  });
  return { ...list, groups };
}

/** The findings in the order the panel lists them (for arrow keys): groups, then waived. */
export function listOrder(list: FindingList): Finding[] {
  return [...list.groups.flatMap((g) => g.places.flatMap((p) => p.findings)), ...list.waived.map((w) => w.finding)];
}
