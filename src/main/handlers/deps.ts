// What handlers are given: the services of one running app (Electron, browser mode or CLI).
import type { BackupService } from '../db/backups';
import type { MediaLibraryService } from '../files/mediaLibrary';
import type { StoryRepository, WriteContext } from '../db/storyRepository';
import type { WireRepository } from '../db/wireRepository';
import type { ImportJobs } from '../ingest/importJobs';
import type { WatchController } from '../ingest/watchController';
import type { EventBus } from '../services/events';
import type { SettingsStore } from '../settings/settingsStore';

export interface HandlerDeps {
  backups: BackupService;
  media: MediaLibraryService;
  repo: StoryRepository;
  wire: WireRepository;
  imports: ImportJobs;
  watch: WatchController;
  settings: SettingsStore;
  events: EventBus;
  info: { version: string; mode: 'electron' | 'browser' | 'cli'; dbPath: string; schemaVersion: number };
  /** The desktop's file manager (Electron only): "Show in folder" after an export. */
  shell?: { showItemInFolder(path: string): void };
}

export function writer(deps: HandlerDeps): WriteContext {
  return { author: deps.settings.get().userName };
}
