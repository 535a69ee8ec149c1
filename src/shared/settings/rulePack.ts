// The house rule pack as a preference: null means the shipped default (resources/rules/default.json),
// otherwise the person's edited or imported pack, validated by the checks engine's loadRulePack.
// `effectiveRulePack` is the one answer to "which rules are in force" for the UI, the gate and the CLI.
import { z } from 'zod';
import { DEFAULT_RULE_PACK } from '../checks/defaultPack';
import { loadRulePack, MAX_PACK_CHARS, type RulePack } from '../checks/schema';

type Loaded = ReturnType<typeof loadRulePack>;

// Preferences are read (and so validated) on every settings read, and the engine caches compiled
// rules per rule object: remember the last few packs by their JSON text so the same text always
// gives the same RulePack object and validation runs once per distinct pack.
const recent = new Map<string, Loaded>();
const REMEMBERED = 4;
/** Packs this module produced: already valid, and kept as the same object. */
const validated = new WeakSet<object>();

function remember(text: string, loaded: Loaded): void {
  recent.set(text, loaded);
  if (recent.size > REMEMBERED) recent.delete(recent.keys().next().value as string);
}

function loadRemembered(value: unknown): Loaded {
  if (value && typeof value === 'object' && validated.has(value)) return { ok: true, pack: value as RulePack };
  let text: string;
  try {
    text = JSON.stringify(value) ?? '';
  } catch {
    return { ok: false, error: 'the rule pack cannot be read as JSON' };
  }
  if (text.length > MAX_PACK_CHARS)
    return { ok: false, error: `rule pack is too large (${text.length} characters; the limit is ${MAX_PACK_CHARS})` };
  const known = recent.get(text);
  if (known) return known;
  const loaded = loadRulePack(value);
  remember(text, loaded);
  if (loaded.ok) {
    validated.add(loaded.pack);
    // The parsed pack lists keys in the schema's order: its own text must find it too.
    remember(JSON.stringify(loaded.pack), loaded);
  }
  return loaded;
}

/** The stored preference: null, or a pack that passes loadRulePack (its error is the message). */
export const rulePackPreferenceSchema = z
  .unknown()
  .nullable()
  .superRefine((value, ctx) => {
    if (value === null || value === undefined) return;
    const loaded = loadRemembered(value);
    if (!loaded.ok) ctx.addIssue({ code: 'custom', message: `rulePack: ${loaded.error}` });
  })
  .transform((value): RulePack | null => {
    if (value === null || value === undefined) return null;
    const loaded = loadRemembered(value);
    return loaded.ok ? loaded.pack : null;
  });

/** The pack in force: the person's when they have one (and it is valid), else the shipped default. */
export function effectiveRulePack(prefs: { rulePack?: RulePack | null }): RulePack {
  if (!prefs.rulePack) return DEFAULT_RULE_PACK;
  const loaded = loadRemembered(prefs.rulePack);
  return loaded.ok ? loaded.pack : DEFAULT_RULE_PACK;
}

/** True when the pack in force is the shipped one. */
export function isDefaultRulePack(prefs: { rulePack?: RulePack | null }): boolean {
  return effectiveRulePack(prefs) === DEFAULT_RULE_PACK;
}
