// Preferences file for the browser mode and the CLI, through conf (no Electron needed). When the
// data folder cannot be written (a read-only setup), the defaults are used for this run instead
// of failing: preferences must never stop an editor from reading the desk.
import Conf from 'conf';
import { fileStamp } from './fileStamp';
import { memorySettings, settingsOver, type SettingsStore } from './settingsStore';

export function confSettings(dataDir: string, onFallback?: (reason: string) => void): SettingsStore {
  let conf: Conf<Record<string, unknown>>;
  try {
    conf = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'preferences', projectName: 'slugline' });
  } catch (err) {
    onFallback?.(`${dataDir}: preferences cannot be read or written (${(err as Error).message}); using defaults`);
    return memorySettings();
  }
  return settingsOver({ get: (key) => conf.get(key), set: (key, value) => conf.set(key, value), stamp: () => fileStamp(conf.path) });
}
