// The preferences the checks depend on (rule pack, length targets, U.S. style, credit dictionary
// and rules), read fresh when the house style is edited in this window and when the window
// regains focus (another window or tab may have changed them).
import { useEffect, useState } from 'react';
import type { CheckPreferences, RulePack } from '../../../shared/checks';
import { defaultPreferences, type Preferences } from '../../../shared/settings/preferences';
import { effectiveRulePack } from '../../../shared/settings/rulePack';
import { call } from '../../bridge';

export interface CheckSettings {
  preferences: CheckPreferences;
  pack: RulePack;
  /** Changes when anything above changes (a cheap dependency for effects). */
  signature: string;
}

const changed = new Set<() => void>();

/** Preferences → House style (or anything else that changes what the checks use) was saved. */
export function notifyCheckSettingsChanged(): void {
  for (const listener of changed) listener();
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

export function useCheckSettings(): CheckSettings | null {
  const [settings, setSettings] = useState<CheckSettings | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void call('settingsGet', {}).then(
        (prefs) => {
          if (!live) return;
          const next = settingsOf(prefs);
          // Same settings: keep the same object, so nothing downstream runs again.
          setSettings((current) => (current?.signature === next.signature ? current : next));
        },
        // Unreadable preferences: check with the defaults rather than not at all.
        () => live && setSettings((current) => current ?? settingsOf(defaultPreferences())),
      );
    load();
    changed.add(load);
    window.addEventListener('focus', load);
    return () => {
      live = false;
      changed.delete(load);
      window.removeEventListener('focus', load);
    };
  }, []);
  return settings;
}
