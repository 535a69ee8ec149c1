// The seat's preferences as this window knows them: read once on first use, read again when the
// window regains focus (another window or the browser may have changed them), and replaced the
// moment the Preferences dialog saves. Every feature that follows a preference reads it here.
import { useEffect, useState } from 'react';
import { defaultPreferences, type Preferences } from '../../../shared/settings/preferences';
import { call } from '../../bridge';

let current: Preferences | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<(prefs: Preferences) => void>();
const DEFAULTS = defaultPreferences();

/** The stored preferences are these now (a save, a fresh read): every reader follows. */
export function preferencesChanged(prefs: Preferences): void {
  // A read that found nothing new (the usual focus) leaves every reader as it is.
  if (current && JSON.stringify(current) === JSON.stringify(prefs)) return;
  current = prefs;
  for (const listener of listeners) listener(prefs);
}

function read(): Promise<void> {
  return call('settingsGet', {}).then(preferencesChanged, () => {
    // Unreadable preferences: work with the defaults rather than not at all.
    if (!current) preferencesChanged(DEFAULTS);
  });
}

const onFocus = () => void read();

/** The stored preferences, or null until the first read has answered. */
export function useStoredPreferences(): Preferences | null {
  const [prefs, setPrefs] = useState<Preferences | null>(current);
  useEffect(() => {
    listeners.add(setPrefs);
    if (listeners.size === 1) window.addEventListener('focus', onFocus);
    loading ??= read();
    if (current) setPrefs(current);
    return () => {
      listeners.delete(setPrefs);
      if (listeners.size === 0) window.removeEventListener('focus', onFocus);
    };
  }, []);
  return prefs;
}

/** The stored preferences, the defaults until the first read has answered. */
export function usePreferences(): Preferences {
  return useStoredPreferences() ?? DEFAULTS;
}
