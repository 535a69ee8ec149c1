// Where the shared, read-only corpus lives (agency copy we may test against but never ship).
// Tests that need it call `corpusPath()` and skip with a printed notice when it is absent.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function findShared(): string | null {
  const candidates = [process.env['SLUGLINE_SHARED'], join(repoRoot, '..', 'shared'), join(repoRoot, '..', '..', 'shared')].filter(
    (p): p is string => Boolean(p),
  );
  return candidates.find((p) => existsSync(join(p, 'corpus'))) ?? null;
}

export const sharedDir = findShared();
export const hasCorpus = sharedDir !== null;

/** Absolute path inside ../shared/corpus, or null when the corpus is not on this machine. */
export function corpusPath(...parts: string[]): string | null {
  return sharedDir ? join(sharedDir, 'corpus', ...parts) : null;
}

let noticePrinted = false;
/** Call at the top of a corpus-backed suite; prints once why the suite is skipped. */
export function corpusNotice(suite: string): boolean {
  if (!hasCorpus && !noticePrinted) {
    noticePrinted = true;
    console.warn(`[${suite}] ../shared/corpus not found: corpus tests skipped (set SLUGLINE_SHARED to run them)`);
  }
  return hasCorpus;
}

export { repoRoot };
