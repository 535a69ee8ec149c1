// The preferences the checks depend on (rule pack, length targets, U.S. style, credit dictionary
// and rules), taken from the stored preferences: they follow a save in Preferences → House style
// at once, and a change made in another window when this one regains focus.
import { useMemo } from 'react';
import type { CheckPreferences, RulePack } from '../../../shared/checks';
import type { Preferences } from '../../../shared/settings/preferences';
import { effectiveRulePack } from '../../../shared/settings/rulePack';
import { useStoredPreferences } from '../preferences/preferencesStore';

export interface CheckSettings {
  preferences: CheckPreferences;
  pack: RulePack;
  /** Changes when anything above changes (a cheap dependency for effects). */
  signature: string;
}

function settingsOf(prefs: Preferences): CheckSettings {
  const preferences: CheckPreferences = {
    targets: prefs.targets,
    usStyle: prefs.usStyle,
    creditDictionary: prefs.creditDictionary,
    creditRules: prefs.creditRules,
  };
  const pack = effectiveRulePack(prefs);
  return { preferences, pack, signature: JSON.stringify([preferences, prefs.rulePack ? pack : null]) };
}

let last: CheckSettings | null = null;
/** Same settings: the same object, so nothing downstream runs again when another preference changed. */
function settingsFor(prefs: Preferences): CheckSettings {
  const next = settingsOf(prefs);
  if (last?.signature !== next.signature) last = next;
  return last;
}

/** Null until the preferences have been read (unreadable ones give the defaults). */
export function useCheckSettings(): CheckSettings | null {
  const prefs = useStoredPreferences();
  return useMemo(() => prefs && settingsFor(prefs), [prefs]);
}
