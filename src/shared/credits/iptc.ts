// IPTC IIM fields from a JPEG's Photoshop block (APP13 "Photoshop 3.0", resource 0x0404):
// By-line (2:80), Credit (2:110), Source (2:115), Copyright Notice (2:116), Caption (2:120).
// Pure and defensive: a malformed block yields what was read so far, never an exception.

export interface IptcCredits {
  creator?: string;
  credit?: string;
  source?: string;
  copyrightNotice?: string;
  caption?: string;
}

const DATASETS: Record<number, keyof IptcCredits> = { 80: 'creator', 110: 'credit', 115: 'source', 116: 'copyrightNotice', 120: 'caption' };
const MAX_FIELD = 2000;

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let out = '';
  for (let i = start; i < start + length && i < bytes.length; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

/** IIM records → fields (record 1:90 says whether the text is UTF-8; otherwise Latin-1). */
function readIim(bytes: Uint8Array, start: number, end: number): IptcCredits {
  const out: IptcCredits = {};
  let utf8 = false;
  let at = start;
  while (at + 5 <= end && bytes[at] === 0x1c) {
    const record = bytes[at + 1]!;
    const dataset = bytes[at + 2]!;
    const length = (bytes[at + 3]! << 8) | bytes[at + 4]!;
    // Extended lengths (bit 15) are only used for huge binary datasets: stop rather than guess.
    if (length & 0x8000) break;
    const from = at + 5;
    const to = Math.min(from + length, end);
    const raw = bytes.subarray(from, to);
    if (record === 1 && dataset === 90) utf8 = ascii(bytes, from, to - from).includes('%G');
    const key = record === 2 ? DATASETS[dataset] : undefined;
    if (key && out[key] === undefined) {
      let text: string;
      try {
        text = utf8 ? new TextDecoder('utf-8', { fatal: true }).decode(raw) : ascii(bytes, from, to - from);
      } catch {
        text = ascii(bytes, from, to - from);
      }
      const clean = text
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .trim()
        .slice(0, MAX_FIELD);
      if (clean) out[key] = clean;
    }
    at = to;
  }
  return out;
}

/** The IPTC credit fields of a JPEG file, or {} when it has none (or is not a JPEG). */
export function readIptcCredits(bytes: Uint8Array): IptcCredits {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return {};
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xda || marker === 0xd9) break; // image data or end: no more metadata
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const start = at + 4;
    const end = Math.min(at + 2 + length, bytes.length);
    if (marker === 0xed && ascii(bytes, start, 14) === 'Photoshop 3.0\u0000') {
      let p = start + 14;
      while (p + 12 <= end && ascii(bytes, p, 4) === '8BIM') {
        const id = (bytes[p + 4]! << 8) | bytes[p + 5]!;
        const nameLength = bytes[p + 6]!;
        const nameSize = (nameLength + 1 + 1) & ~1; // Pascal string padded to even
        const sizeAt = p + 6 + nameSize;
        if (sizeAt + 4 > end) break;
        const size = ((bytes[sizeAt]! << 24) | (bytes[sizeAt + 1]! << 16) | (bytes[sizeAt + 2]! << 8) | bytes[sizeAt + 3]!) >>> 0;
        const dataAt = sizeAt + 4;
        if (id === 0x0404) return readIim(bytes, dataAt, Math.min(dataAt + size, end));
        p = dataAt + size + (size & 1);
      }
    }
    if (length < 2) break;
    at = at + 2 + length;
  }
  return {};
}
