// The seat's preferences (length targets, autosave delay) for the editors, read once per window.
import { useEffect, useState } from 'react';
import { defaultPreferences, type Preferences } from '../../../shared/settings/preferences';
import { call } from '../../bridge';

let cached: Promise<Preferences> | null = null;

export function usePreferences(): Preferences {
  const [prefs, setPrefs] = useState<Preferences>(defaultPreferences);
  useEffect(() => {
    let live = true;
    cached ??= call('settingsGet', {}).catch(() => defaultPreferences());
    void cached.then((p) => live && setPrefs(p));
    return () => {
      live = false;
    };
  }, []);
  return prefs;
}
