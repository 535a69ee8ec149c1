// The ready gate's pure part: which error findings still block a story (Ready, export) once the
// waivers recorded on it are taken into account. A waiver names rule + field + the flagged text,
// so it survives unrelated edits but not a change to the text it waived.
import { z } from 'zod';
import { checkStory } from './engine';
import type { RulePack } from './schema';
import { CHECK_FIELDS, MAX_EXCERPT, type CheckContext, type CheckInput, type Finding } from './types';

export const waiverSchema = z
  .object({
    rule: z.string().min(1).max(64),
    field: z.enum(CHECK_FIELDS),
    /** Figure or tag index; only used to tell apart findings about an empty field (no excerpt). */
    index: z.number().int().min(0).optional(),
    excerpt: z.string().max(MAX_EXCERPT),
    reason: z.string().trim().min(1, 'a waiver needs a reason').max(1000),
    by: z.string().min(1).max(80),
    at: z.string().max(40),
  })
  .strict();
export type Waiver = z.infer<typeof waiverSchema>;

/** The waiver for a finding (what the waive dialog records), given who and why. */
export function waiverFor(finding: Finding, reason: string, by: string, at: string): Waiver {
  return {
    rule: finding.rule,
    field: finding.field,
    ...(finding.index !== undefined ? { index: finding.index } : {}),
    excerpt: finding.excerpt,
    reason,
    by,
    at,
  };
}

export function waives(waiver: Waiver, finding: Finding): boolean {
  if (waiver.rule !== finding.rule || waiver.field !== finding.field || waiver.excerpt !== finding.excerpt) return false;
  // An empty excerpt (a missing credit or alt text) says nothing about which figure: use the index.
  return finding.excerpt !== '' || waiver.index === finding.index;
}

/**
 * Error findings split into those still blocking and those waived. Warnings and info never block;
 * a waived finding of any severity is listed under `waived` so the panel can show it as such.
 */
export function gateFindings(findings: readonly Finding[], waivers: readonly Waiver[]): { blocking: Finding[]; waived: Finding[] } {
  const blocking: Finding[] = [];
  const waived: Finding[] = [];
  for (const finding of findings) {
    if (waivers.some((w) => waives(w, finding))) waived.push(finding);
    else if (finding.severity === 'error') blocking.push(finding);
  }
  return { blocking, waived };
}

/** Check a story and gate it in one call: what `status → ready` and export ask. */
export function gateStory(
  input: CheckInput,
  pack: RulePack,
  context: CheckContext,
  waivers: readonly Waiver[],
): { findings: Finding[]; blocking: Finding[]; waived: Finding[]; ok: boolean } {
  const findings = checkStory(input, pack, context);
  const { blocking, waived } = gateFindings(findings, waivers);
  return { findings, blocking, waived, ok: blocking.length === 0 };
}
