// Composition of one running app's services over one database: used by Electron, the browser
// mode and the CLI alike, so all three run the same handlers.
import { BackupService } from '../db/backups';
import { createMediaLibrary, type MediaLibraryService } from '../files/mediaLibrary';
import { mediaDirFor } from '../paths';
import { sqliteAppError } from '../db/errors';
import { DbOpenError, openDatabase, type Db, type OpenOptions } from '../db/connection';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { migrate, schemaVersion } from '../db/migrate';
import { SqliteStoryRepository } from '../db/sqlite/sqliteStoryRepository';
import { SqliteWireRepository } from '../db/sqlite/sqliteWireRepository';
import { createImportJobs, type ImportJobs } from '../ingest/importJobs';
import { createWatchController, type WatchController } from '../ingest/watchController';
import { createHandlers } from '../handlers';
import type { HandlerDeps } from '../handlers/deps';
import { createRegistry, type Registry } from '../ipc/registry';
import type { SettingsStore } from '../settings/settingsStore';
import { createEventBus, type EventBus } from './events';
import { seedSampleStories } from './sampleStories';
import { APP_VERSION } from './version';

export interface AppServices {
  db: Db;
  dbPath: string;
  repo: SqliteStoryRepository;
  wire: SqliteWireRepository;
  imports: ImportJobs;
  watch: WatchController;
  settings: SettingsStore;
  events: EventBus;
  registry: Registry;
  backups: BackupService;
  /** The image library beside the database, on this app's own connection. */
  media: MediaLibraryService;
  /**
   * Start the long-running work of an open app (Electron and the browser mode; not one-shot CLI
   * commands): the watch folder from preferences and the daily automatic backup.
   */
  startBackgroundWork(): Promise<void>;
  close(): Promise<void>;
}

export interface AppServicesOptions extends OpenOptions {
  dbPath: string;
  settings: SettingsStore;
  mode: HandlerDeps['info']['mode'];
  /** Put the sample stories into a new, empty database (the app does; the CLI does not). */
  seedSamples?: boolean;
  checkResponses?: boolean;
  /** Electron's file manager hook (src/main/electron/showItem.ts); absent in the browser mode and CLI. */
  shell?: HandlerDeps['shell'];
}

export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const db = openDatabase(options.dbPath, options);
  try {
    const fresh = schemaVersion(db) === 0;
    if (!options.readonly) migrate(db);
    else if (schemaVersion(db) < LATEST_SCHEMA_VERSION) {
      throw new DbOpenError(
        'read-only',
        `${options.dbPath}: this database needs upgrading to the current schema, but it can only be opened read-only`,
      );
    }
    const repo = new SqliteStoryRepository(db);
    const wire = new SqliteWireRepository(db, repo);
    const events = createEventBus();
    const imports = createImportJobs(wire, events);
    const writer = () => ({ author: options.settings.get().userName });
    const backups = new BackupService(db, options.dbPath);
    const media = createMediaLibrary(db, mediaDirFor(options.dbPath));
    let backupTimer: NodeJS.Timeout | null = null;
    const watch = createWatchController(imports, writer, () => options.settings.get().typographyOnImport);
    if (fresh && options.seedSamples) await seedSampleStories(repo, options.settings.get().userName);
    const deps: HandlerDeps = {
      backups,
      media,
      repo,
      wire,
      imports,
      watch,
      settings: options.settings,
      events,
      info: { version: APP_VERSION, mode: options.mode, dbPath: options.dbPath, schemaVersion: schemaVersion(db) },
      ...(options.shell ? { shell: options.shell } : {}),
    };
    const registry = createRegistry(createHandlers(deps), {
      checkResponses: options.checkResponses ?? false,
      onInternalError: (name, err) => console.error(`[slugline] ${name} failed:`, err),
      mapError: (err) => sqliteAppError(err, options.dbPath),
    });
    return {
      db,
      dbPath: options.dbPath,
      repo,
      wire,
      imports,
      watch,
      settings: options.settings,
      events,
      registry,
      backups,
      media,
      async startBackgroundWork() {
        await watch.configure(options.settings.get().watchFolder);
        const daily = () =>
          backups.automatic().catch((err: unknown) => console.error(`[slugline] automatic backup failed: ${(err as Error).message}`));
        await daily();
        // Checked hourly: a desk left open overnight still gets its backup for the new day.
        backupTimer = setInterval(() => void daily(), 3600_000);
        backupTimer.unref();
      },
      async close() {
        if (backupTimer) clearInterval(backupTimer);
        await watch.close();
        media.close();
        db.close();
      },
    };
  } catch (err) {
    db.close();
    throw err;
  }
}
