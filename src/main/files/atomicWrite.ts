// Whole-file-or-nothing writes (exported pages, images in the media library): data goes to a
// temporary file beside the target, is flushed to disk, then renamed over it. A crash or a full
// disk leaves the old file (or none), never half.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  // Same folder, so the rename never crosses file systems (and stays atomic); dot-named so a
  // half-written temporary is not mistaken for an export.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
