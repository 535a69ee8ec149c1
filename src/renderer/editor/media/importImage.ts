// Getting a picture into the media library from the renderer: a File the person chose, dropped or
// pasted is read here (never a path), sent as base64, and main decides whether it is an image.
import { call } from '../../bridge';

export interface ImportedImage {
  id: string;
  width: number;
  height: number;
}

/** Matches main's cap, so a huge file is refused before it is read and sent. */
const MAX_BYTES = 25 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export async function importImageFile(file: File): Promise<ImportedImage> {
  const name = file.name || 'pasted image';
  if (file.size > MAX_BYTES) {
    throw new Error(`${name}: the image is ${(file.size / 1024 / 1024).toFixed(1)} MB; the largest Slugline accepts is 25 MB.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const imported = await call('mediaImport', { fileName: name, dataBase64: toBase64(bytes) });
  return { id: imported.id, width: imported.width, height: imported.height };
}

/** Image files in a drop or paste (anything else is left to the editor's own handling). */
export function imageFilesOf(data: DataTransfer | null): File[] {
  if (!data) return [];
  return Array.from(data.files).filter((f) => f.type.startsWith('image/') || /\.(png|jpe?g|gif|webp|svg)$/i.test(f.name));
}

/** Ask the person for one image file; resolves null when they cancel. */
export function pickImageFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}
