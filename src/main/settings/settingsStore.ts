// Preferences behind one small interface. Electron backs it with electron-store; the browser mode
// and the CLI with conf (electron-store's base) over the same JSON file layout.
import { readPreferences, preferencesSchema, type Preferences, type PreferencesPatch } from '../../shared/settings/preferences';

export interface SettingsStore {
  get(): Preferences;
  /** Merge a patch, validate the whole, persist, and return the result. Invalid patches throw. */
  update(patch: PreferencesPatch): Preferences;
}

/** What electron-store and conf have in common, so both back the same SettingsStore. */
export interface KeyValueFile {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export function settingsOver(file: KeyValueFile): SettingsStore {
  return {
    get: () => readPreferences(file.get('preferences')),
    update(patch) {
      const next = preferencesSchema.parse({ ...readPreferences(file.get('preferences')), ...patch });
      file.set('preferences', next);
      return next;
    },
  };
}

/** In-memory store for tests. */
export function memorySettings(initial: PreferencesPatch = {}): SettingsStore {
  const data = new Map<string, unknown>([['preferences', initial]]);
  return settingsOver({ get: (k) => data.get(k), set: (k, v) => void data.set(k, v) });
}
