// The media library: images the desk imported, stored once each under their sha256 in the folder
// beside the database (`news.db` → `news.media/`) with a row in `media`. The export writer and the
// media routes only see `resolve(id)`; importing checks type, size and pixel size first.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { readIptcCredits } from '../../shared/credits/iptc';
import type { Db } from '../db/connection';
import { containedPath } from '../security/urlRules';
import { writeFileAtomic } from './atomicWrite';
import { EXTENSION_FOR, readImageHeader, type AcceptedMime } from './imageHeader';

/** An image file in the library: an absolute path inside the library folder, and what it is. */
export interface MediaFile {
  path: string;
  mime: string;
  width: number | null;
  height: number | null;
}

export interface MediaLibrary {
  /** The file for a media id, or null when the library has no such image. */
  resolve(mediaId: string): MediaFile | null;
}

export interface ImportedMedia {
  id: string;
  mime: AcceptedMime;
  width: number;
  height: number;
  /** False when the same picture was already in the library (nothing was written). */
  created: boolean;
}

export interface MediaLibraryService extends MediaLibrary {
  /** The library folder (absolute). */
  readonly dir: string;
  importImage(fileName: string, bytes: Uint8Array): Promise<ImportedMedia>;
  close(): void;
}

/** A newsroom photo is a few MB; past this it is a scan or a RAW export that belongs elsewhere. */
export const MAX_MEDIA_BYTES = 25 * 1024 * 1024;

/** Media ids are sha256 hex; the document schema allows 16–64 hex digits for older references. */
export const MEDIA_ID = /^[a-f0-9]{16,64}$/;

interface MediaRow {
  file_name: string;
  mime: string;
  width: number | null;
  height: number | null;
}

/** The name as the person will recognise it in a message: no folders, no control characters. */
export function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return (clean || 'the file').slice(0, 120);
}

/** The library over one database connection and one folder. */
export function createMediaLibrary(db: Db, dir: string): MediaLibraryService {
  const cache = new Map<string, MediaFile>();
  const select = db.prepare('SELECT file_name, mime, width, height FROM media WHERE id = ?');
  const insert = db.prepare(
    `INSERT OR IGNORE INTO media (id, file_name, original_name, mime, bytes, width, height, caption, credit, creator, copyright_notice, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  function resolve(mediaId: string): MediaFile | null {
    if (!MEDIA_ID.test(mediaId)) return null;
    const cached = cache.get(mediaId);
    if (cached) return cached;
    const row = select.get(mediaId) as MediaRow | undefined;
    if (!row || !existsSync(dir)) return null;
    const path = containedPath(dir, row.file_name);
    if (!path || !existsSync(path)) return null;
    // Symlinks inside the folder must not lead out of it.
    const root = realpathSync(dir);
    const real = realpathSync(path);
    if (!real.startsWith(root + sep)) return null;
    const file: MediaFile = { path: real, mime: row.mime, width: row.width, height: row.height };
    cache.set(mediaId, file);
    return file;
  }

  async function importImage(fileName: string, bytes: Uint8Array): Promise<ImportedMedia> {
    const name = displayName(fileName);
    if (bytes.length > MAX_MEDIA_BYTES) {
      const mb = (bytes.length / 1024 / 1024).toFixed(1);
      throw new AppError(
        'bad-input',
        `${name}: the image is ${mb} MB; the largest Slugline accepts is ${MAX_MEDIA_BYTES / 1024 / 1024} MB.`,
      );
    }
    const read = readImageHeader(bytes);
    if (!read.ok) throw new AppError('bad-input', `${name}: ${read.reason}.`);
    const { mime, width, height } = read.header;
    const id = createHash('sha256').update(bytes).digest('hex');
    const file = `${id}.${EXTENSION_FOR[mime]}`;
    mkdirSync(dir, { recursive: true });
    const path = join(dir, file);
    const exists = existsSync(path);
    // Content-addressed: the same picture imported twice is one file and one row.
    if (!exists) await writeFileAtomic(path, bytes);
    // The picture's own IPTC credit parts (README: The copy desk → Structured credits).
    const iptc = mime === 'image/jpeg' ? readIptcCredits(bytes) : {};
    insert.run(
      id,
      file,
      name,
      mime,
      bytes.length,
      width,
      height,
      iptc.caption ?? '',
      iptc.credit ?? iptc.source ?? '',
      iptc.creator ?? '',
      iptc.copyrightNotice ?? '',
      new Date().toISOString(),
    );
    cache.delete(id);
    return { id, mime, width, height, created: !exists };
  }

  return { dir, resolve, importImage, close: () => cache.clear() };
}
