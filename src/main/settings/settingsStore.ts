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
  /**
   * Which version of the stored data is there now (for a file: its inode, size and mtime), so a
   * read can be skipped while it is unchanged; null when that cannot be told (read every time).
   * Without it, only writes through this store change what is stored.
   */
  stamp?(): string | null;
}

/** Freeze a value and everything in it: one Preferences object is handed to every reader. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Preferences over a key-value file. Reading parses and validates the whole file (a credit
 * dictionary can hold 5,000 rows), and the desk, the checks and the gate read on every call, so
 * the validated object is kept while the file is unchanged. Keeping the same object also keeps
 * what is cached per object downstream (rule pack, credit lookup, the checks' signature).
 */
export function settingsOver(file: KeyValueFile): SettingsStore {
  let cached: { stamp: string | undefined; preferences: Preferences } | null = null;
  const read = () => deepFreeze(readPreferences(file.get('preferences')));
  return {
    get() {
      const stamp = file.stamp ? file.stamp() : undefined;
      if (stamp === null) return read();
      if (cached && cached.stamp === stamp) return cached.preferences;
      cached = { stamp, preferences: read() };
      return cached.preferences;
    },
    update(patch) {
      const next = preferencesSchema.parse({ ...readPreferences(file.get('preferences')), ...patch });
      cached = null;
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
