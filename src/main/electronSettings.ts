// Electron's preferences and window state, kept by electron-store in the userData folder.
import Store from 'electron-store';
import { fileStamp } from './settings/fileStamp';
import { settingsOver, type SettingsStore } from './settings/settingsStore';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const store = new Store<Record<string, unknown>>({ name: 'preferences' });

export function electronSettings(): SettingsStore {
  return settingsOver({ get: (key) => store.get(key), set: (key, value) => store.set(key, value), stamp: () => fileStamp(store.path) });
}

export function loadWindowState(): WindowState {
  const saved = store.get('window') as Partial<WindowState> | undefined;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  return {
    ...(num(saved?.x) !== undefined ? { x: num(saved?.x) } : {}),
    ...(num(saved?.y) !== undefined ? { y: num(saved?.y) } : {}),
    width: Math.max(800, num(saved?.width) ?? 1440),
    height: Math.max(600, num(saved?.height) ?? 900),
    maximized: saved?.maximized === true,
  };
}

export function saveWindowState(state: WindowState): void {
  store.set('window', state);
}
