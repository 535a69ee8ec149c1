// Preferences file for the browser mode and the CLI, through conf (no Electron needed).
import Conf from 'conf';
import { settingsOver, type SettingsStore } from './settingsStore';

export function confSettings(dataDir: string): SettingsStore {
  const conf = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'preferences', projectName: 'slugline' });
  return settingsOver({ get: (key) => conf.get(key), set: (key, value) => conf.set(key, value) });
}
