// What an image file really is, from its first bytes (never its name): the four raster types the
// desk accepts, their pixel size from the header, and a plain description of anything else.

export type AcceptedMime = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

export const EXTENSION_FOR: Record<AcceptedMime, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

export interface ImageHeader {
  mime: AcceptedMime;
  width: number;
  height: number;
}

export type HeaderRead = { ok: true; header: ImageHeader } | { ok: false; reason: string };

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < Math.min(to, bytes.length); i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

const be16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const le16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const be32 = (b: Uint8Array, i: number) => ((b[i] ?? 0) * 0x1000000 + ((b[i + 1] ?? 0) << 16)) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0);
const le24 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16);

function pngSize(b: Uint8Array): [number, number] | null {
  if (ascii(b, 12, 16) !== 'IHDR') return null;
  return [be32(b, 16) >>> 0, be32(b, 20) >>> 0];
}

function gifSize(b: Uint8Array): [number, number] | null {
  return b.length >= 10 ? [le16(b, 6), le16(b, 8)] : null;
}

/** Walk the JPEG markers to the first start-of-frame, which carries the size. */
function jpegSize(b: Uint8Array): [number, number] | null {
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan before any frame
    const length = be16(b, i + 2);
    if (length < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return i + 8 < b.length ? [be16(b, i + 7), be16(b, i + 5)] : null;
    i += 2 + length;
  }
  return null;
}

function webpSize(b: Uint8Array): [number, number] | null {
  const chunk = ascii(b, 12, 16);
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return [le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff];
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return null;
    const b0 = b[21] ?? 0;
    const b1 = b[22] ?? 0;
    const b2 = b[23] ?? 0;
    const b3 = b[24] ?? 0;
    return [1 + (((b1 & 0x3f) << 8) | b0), 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6))];
  }
  if (chunk === 'VP8X') return [1 + le24(b, 24), 1 + le24(b, 27)];
  return null;
}

/** A few common things people drop instead of a photo, named so the message can say what it was. */
function describeOther(b: Uint8Array): string {
  const head = ascii(b, 0, 512)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  if (/^<(\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head) || /<svg[\s>]/i.test(head))
    return 'SVG images are not accepted (they can carry scripts); use a PNG, JPEG, GIF or WebP image';
  if (ascii(b, 0, 5) === '%PDF-') return 'it is a PDF document, not an image';
  if (ascii(b, 4, 8) === 'ftyp') return 'HEIC/AVIF images are not accepted; export it as JPEG or PNG';
  if (ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*') return 'TIFF images are not accepted; export it as JPEG or PNG';
  if (ascii(b, 0, 2) === 'BM') return 'BMP images are not accepted; export it as PNG';
  if (ascii(b, 0, 4) === 'PK\x03\x04') return 'it is a ZIP archive or Office document, not an image';
  return 'it is not a PNG, JPEG, GIF or WebP image';
}

/** Sniff the type and read the pixel size; anything but the four accepted raster types is refused. */
export function readImageHeader(bytes: Uint8Array): HeaderRead {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  let mime: AcceptedMime | null = null;
  let size: [number, number] | null = null;
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') {
    mime = 'image/png';
    size = pngSize(bytes);
  } else if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    mime = 'image/jpeg';
    size = jpegSize(bytes);
  } else if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') {
    mime = 'image/gif';
    size = gifSize(bytes);
  } else if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') {
    mime = 'image/webp';
    size = webpSize(bytes);
  }
  if (!mime) return { ok: false, reason: describeOther(bytes) };
  if (!size || size[0] < 1 || size[1] < 1)
    return { ok: false, reason: `it looks like a ${EXTENSION_FOR[mime].toUpperCase()} image but its header is damaged` };
  if (size[0] > 100_000 || size[1] > 100_000) return { ok: false, reason: `its size (${size[0]}×${size[1]} pixels) is not plausible` };
  return { ok: true, header: { mime, width: size[0], height: size[1] } };
}
