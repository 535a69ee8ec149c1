// Bytes → text, by the rules each kind of file follows: byte-order mark first; XML by its
// declaration; HTML by its meta charset; JSON is UTF-8; teletype formats (7901, ANPA, ZCZC) default
// to Latin-1/ASCII; other text is UTF-8 when valid, else Windows-1252. Uses the platform
// TextDecoder (WHATWG encodings) so this runs in Node and Chromium alike, without Buffer.
import { fail } from './errors';
import { sniffUtf16 } from './guard';

interface TextDecoderLike {
  readonly encoding: string;
  decode(input: Uint8Array): string;
}
type TextDecoderCtor = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;
// Typed locally: shared code is compiled without DOM or Node typings, yet both platforms have it.
const PlatformTextDecoder = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder;

/** How the encoding of a file is found. */
export type EncodingRule = 'xml' | 'html' | 'json' | 'teletype' | 'text';

export interface Decoded {
  text: string;
  /** The encoding actually used ("utf-8", "iso-8859-1", "windows-1252", "us-ascii", "utf-16le"…). */
  encoding: string;
  warnings: string[];
}

export function sniffBom(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 by byte-order mark or by the NUL pattern of ASCII text in UTF-16. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const bom = sniffBom(bytes);
  if (bom) return bom.encoding === 'utf-8' ? null : bom.encoding;
  return sniffUtf16(bytes);
}

/** A fast, lossless-for-ASCII view of the start of the file, for format detection. */
export function previewText(bytes: Uint8Array, limit = 65536): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return new PlatformTextDecoder(utf16).decode(bytes.subarray(0, limit & ~1));
  const start = sniffBom(bytes)?.length ?? 0;
  return new PlatformTextDecoder('windows-1252').decode(bytes.subarray(start, start + limit));
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b > 0x7f) return false;
  return true;
}

function hasC1Bytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80 && b <= 0x9f) return true;
  return false;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new PlatformTextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Windows-1252 for 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined and stay as they are).
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWith(label: string, bytes: Uint8Array): string {
  const text = new PlatformTextDecoder(label).decode(bytes);
  // Node's decoder reads "windows-1252" as ISO-8859-1 (C1 controls for 0x80–0x9F); browsers do not.
  // Mapping those afterwards gives the WHATWG result on both.
  if (label !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

/** A decoder for a declared label, or null when the platform has no such encoding. */
function canonicalEncoding(label: string): string | null {
  try {
    return new PlatformTextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

const LATIN1_LABELS = /^(iso[-_ ]?8859[-_ ]?1|latin-?1|l1|iso-ir-100|cp819|ibm819|iso_8859-1:1987|csisolatin1)$/i;
const ASCII_LABELS = /^(us-?ascii|ascii|ansi_x3\.4-1968|iso646-us|cp367|ibm367|csascii)$/i;

/**
 * Latin-1 the way every real system reads it: the WHATWG platform decodes "iso-8859-1" as
 * Windows-1252, which only differs in 0x80–0x9F. Report what the bytes make true.
 */
function decodeLatin1(bytes: Uint8Array, declared: string | null, warnings: string[]): Decoded {
  const text = decodeWith('windows-1252', bytes);
  if (isAscii(bytes)) return { text, encoding: 'us-ascii', warnings };
  if (hasC1Bytes(bytes)) {
    if (declared) warnings.push(`declared ${declared} but uses Windows-1252 characters (0x80–0x9F); read as windows-1252`);
    return { text, encoding: 'windows-1252', warnings };
  }
  return { text, encoding: 'iso-8859-1', warnings };
}

function decodeDeclared(bytes: Uint8Array, label: string, where: string, warnings: string[]): Decoded {
  if (ASCII_LABELS.test(label)) {
    if (isAscii(bytes)) return { text: decodeWith('windows-1252', bytes), encoding: 'us-ascii', warnings };
    warnings.push(`declared ${label} but has 8-bit bytes`);
    return decodeFallback(bytes, warnings);
  }
  if (LATIN1_LABELS.test(label)) return decodeLatin1(bytes, label, warnings);
  const canonical = canonicalEncoding(label);
  if (!canonical) fail('unknown-encoding', `unknown encoding "${label.slice(0, 40)}" (declared in ${where})`);
  if (canonical === 'utf-8') {
    const text = tryUtf8(bytes);
    if (text !== null) return { text, encoding: 'utf-8', warnings };
    warnings.push(`declared UTF-8 but the bytes are not valid UTF-8; read as windows-1252`);
    return { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252', warnings };
  }
  if (canonical.startsWith('utf-16')) {
    // A UTF-16 file would have been caught by its BOM or NUL pattern; this declaration is stale.
    warnings.push(`declared ${label} but the bytes are 8-bit`);
    return decodeFallback(bytes, warnings);
  }
  if (canonical === 'windows-1252') return decodeLatin1(bytes, null, warnings);
  return { text: decodeWith(canonical, bytes), encoding: canonical, warnings };
}

/** UTF-8 when valid, else Windows-1252 (the encoding undeclared Western text nearly always is). */
function decodeFallback(bytes: Uint8Array, warnings: string[]): Decoded {
  const text = tryUtf8(bytes);
  if (text !== null) return { text, encoding: 'utf-8', warnings };
  return { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252', warnings };
}

const XML_DECL = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']{1,64})["']/;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})/i;

/** The encoding an XML declaration or HTML meta tag names, if any. */
export function declaredEncoding(head: string, rule: EncodingRule): string | null {
  if (rule === 'xml') return XML_DECL.exec(head)?.[1] ?? null;
  if (rule === 'html') return META_CHARSET.exec(head.slice(0, 4096))?.[1] ?? null;
  return null;
}

export function decodeBytes(bytes: Uint8Array, rule: EncodingRule): Decoded {
  const warnings: string[] = [];
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const bom = sniffBom(bytes);
    if (!bom) warnings.push(`no byte-order mark; read as ${utf16} from the byte pattern`);
    return { text: decodeWith(utf16, bytes), encoding: utf16, warnings };
  }
  const bom = sniffBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text = tryUtf8(body);
    if (text !== null) return { text, encoding: 'utf-8', warnings };
    warnings.push('UTF-8 byte-order mark but the bytes are not valid UTF-8; read as windows-1252');
    return { text: decodeWith('windows-1252', body), encoding: 'windows-1252', warnings };
  }
  const head = decodeWith('windows-1252', bytes.subarray(0, 4096));
  switch (rule) {
    case 'xml': {
      const label = declaredEncoding(head, 'xml');
      if (label) return decodeDeclared(bytes, label, 'the XML declaration', warnings);
      const text = tryUtf8(bytes);
      if (text !== null) return { text, encoding: 'utf-8', warnings };
      warnings.push('XML without an encoding declaration is UTF-8, but these bytes are not; read as windows-1252');
      return { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252', warnings };
    }
    case 'html': {
      const label = declaredEncoding(head, 'html');
      if (label) return decodeDeclared(bytes, label, "the page's meta charset", warnings);
      return decodeFallback(bytes, warnings);
    }
    case 'json': {
      const text = tryUtf8(bytes);
      if (text !== null) return { text, encoding: 'utf-8', warnings };
      warnings.push('JSON must be UTF-8 but these bytes are not; read as windows-1252');
      return { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252', warnings };
    }
    case 'teletype': {
      if (isAscii(bytes)) return { text: decodeWith('windows-1252', bytes), encoding: 'us-ascii', warnings };
      const text = tryUtf8(bytes);
      if (text !== null) return { text, encoding: 'utf-8', warnings };
      return decodeLatin1(bytes, null, warnings);
    }
    case 'text':
      return decodeFallback(bytes, warnings);
  }
}
