// First look at the raw bytes, before any decoding: empty files, files over the size cap, and
// binary files (by magic number, or by the NUL bytes text never has) are refused here.
import { fail } from './errors';

interface Magic {
  bytes: (number | null)[]; // null = any byte
  offset?: number;
  what: string;
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

const MAGICS: Magic[] = [
  { bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: ascii('GIF87a'), what: 'a GIF image' },
  { bytes: ascii('GIF89a'), what: 'a GIF image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], what: 'a WebP image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: ascii('ftyp'), offset: 4, what: 'a video or HEIC image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive or Office document' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'a ZIP archive' },
  { bytes: ascii('%PDF-'), what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: ascii('Rar!'), what: 'a RAR archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Office document' },
  { bytes: [0x7f, ...ascii('ELF')], what: 'a program' },
  { bytes: ascii('SQLite format 3'), what: 'an SQLite database' },
  { bytes: ascii('ID3'), what: 'an MP3 audio file' },
  { bytes: ascii('OggS'), what: 'an Ogg audio file' },
];

function matches(bytes: Uint8Array, magic: Magic): boolean {
  const start = magic.offset ?? 0;
  if (bytes.length < start + magic.bytes.length) return false;
  return magic.bytes.every((b, i) => b === null || bytes[start + i] === b);
}

/** What a binary file looks like, or null when nothing matched. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const magic of MAGICS) if (matches(bytes, magic)) return magic.what;
  // A Windows program starts "MZ" and has NULs right away; plain text starting "MZ" does not.
  if (bytes[0] === 0x4d && bytes[1] === 0x5a && bytes.subarray(0, 64).includes(0)) return 'a program';
  return null;
}

/** UTF-16 without a byte-order mark: ASCII text with a NUL beside every character. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  // ASCII text in UTF-16 has a NUL in its first few characters; nearly every file has none.
  if (n < 4 || !bytes.subarray(0, 64).includes(0)) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Refuse what cannot be a wire file; returns quietly otherwise. */
export function guardBytes(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.length > maxBytes) {
    fail('too-large', `too large to be a wire item (${formatSize(bytes.length)}; the limit is ${formatSize(maxBytes)})`);
  }
  if (bytes.length === 0) fail('empty', 'the file is empty');
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 3
      : (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)
        ? 2
        : 0;
  let blank = true;
  for (let i = bom; i < bytes.length && blank; i++) {
    const b = bytes[i]!;
    // whitespace and the teletype padding (NUL, DEL) do not make content
    if (!(b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x00 || b === 0x7f)) blank = false;
  }
  if (blank) fail('empty', 'the file has no text (only blank space)');
  const what = sniffBinary(bytes);
  if (what) fail('binary', `not a wire file (looks like ${what})`);
  if (sniffUtf16(bytes)) return;
  const window = bytes.subarray(0, 8192);
  let nul = 0;
  for (let at = window.indexOf(0); at >= 0; at = window.indexOf(0, at + 1)) nul++;
  if (nul > 8 && nul > window.length / 100) fail('binary', 'not a wire file (looks like binary data)');
}

export function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
