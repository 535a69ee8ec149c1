// Which version of a preferences file is on disk, cheaply (one stat), so it is re-read only when
// it changed.
import { statSync } from 'node:fs';

/**
 * A file's version as inode, size and modification time: conf and electron-store write by
 * renaming a new file into place, so another process's write (the CLI, a second window) always
 * changes it. A missing file is a version too; anything else unreadable means "read it again".
 */
export function fileStamp(path: string): string | null {
  try {
    const st = statSync(path);
    return `${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'absent' : null;
  }
}
