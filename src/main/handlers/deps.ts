// What handlers are given: the services of one running app (Electron, browser mode or CLI).
import type { StoryRepository, WriteContext } from '../db/storyRepository';
import type { EventBus } from '../services/events';
import type { SettingsStore } from '../settings/settingsStore';

export interface HandlerDeps {
  repo: StoryRepository;
  settings: SettingsStore;
  events: EventBus;
  info: { version: string; mode: 'electron' | 'browser' | 'cli'; dbPath: string; schemaVersion: number };
}

export function writer(deps: HandlerDeps): WriteContext {
  return { author: deps.settings.get().userName };
}
