// Turning files the user chose or dropped into import requests: base64 in batches small enough
// for one call each. Bytes are read from the File objects the user handed us; nothing else.
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const BATCH_BYTES = 12 * 1024 * 1024;

export interface EncodedFile {
  name: string;
  dataBase64: string;
}

export function tooLargeMessage(file: { name: string; size: number }): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  return `${file.name}: too large to be a wire item (${mb(file.size)}; the limit is ${mb(MAX_FILE_BYTES)})`;
}

export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** Group files into batches of at most BATCH_BYTES (a bigger single file goes alone). */
export function batchFiles<T extends { size: number }>(files: T[]): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length && (bytes + file.size > BATCH_BYTES || current.length >= 200)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length) batches.push(current);
  return batches;
}

export function newJobId(): string {
  return `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
