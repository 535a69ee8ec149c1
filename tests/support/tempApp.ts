// A throwaway app (database in a temp folder, in-memory preferences) for module tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices, type AppServices } from '../../src/main/services/appServices';
import { memorySettings } from '../../src/main/settings/settingsStore';
import type { PreferencesPatch } from '../../src/shared/settings/preferences';

export interface TempApp extends AppServices {
  dir: string;
  cleanup(): Promise<void>;
}

export function tempDir(prefix = 'slugline-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function tempApp(options: { seedSamples?: boolean; prefs?: PreferencesPatch } = {}): Promise<TempApp> {
  const dir = tempDir();
  const services = await createAppServices({
    dbPath: join(dir, 'test.db'),
    settings: memorySettings({ userName: 'Test Editor', ...options.prefs }),
    mode: 'cli',
    seedSamples: options.seedSamples ?? false,
    checkResponses: true,
  });
  return {
    ...services,
    dir,
    async cleanup() {
      try {
        await services.close();
      } catch {
        // already closed by the test
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
