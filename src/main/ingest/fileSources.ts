// Files and folders on disk as import sources: folders are walked (hidden files and the watch
// folder's own processed/ and error/ folders skipped); bytes are read only when imported.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportSource } from './importer';

export const WATCH_SUBFOLDERS = ['processed', 'error'] as const;

function skipName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.reason.txt') || name.endsWith('.partial');
}

export function fileSource(path: string, size: number, name = basename(path)): ImportSource {
  return { name, size, read: async () => new Uint8Array(await readFile(path)) };
}

export async function sourcesFromPaths(paths: string[], limit = 100_000): Promise<{ sources: ImportSource[]; missing: string[] }> {
  const sources: ImportSource[] = [];
  const missing: string[] = [];
  const walk = async (path: string, top: boolean): Promise<void> => {
    if (sources.length >= limit) return;
    let info;
    try {
      info = await stat(path);
    } catch {
      if (top) missing.push(path);
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).sort();
      for (const entry of entries) {
        if (skipName(entry) || (WATCH_SUBFOLDERS as readonly string[]).includes(entry)) continue;
        await walk(join(path, entry), false);
      }
    } else if (info.isFile() && (top || !skipName(basename(path)))) {
      sources.push(fileSource(path, info.size));
    }
  };
  for (const path of paths) await walk(path, true);
  return { sources, missing };
}
