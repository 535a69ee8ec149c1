// Reverse lookups over the generated code page tables: which byte a character came from in each
// page the repair considers, packed so the hot scan does one typed-array read per character.
import { CODEPAGE_TABLES, UNDEFINED_BYTES, type CodepageName } from './codepages.generated';

/** Pages a mojibake repair tries, in order of preference when two explain the text equally well.
 * Latin-1 is folded into cp1252: every page also maps the C1 controls to their own byte. */
export const REPAIR_PAGES = [
  'cp1252',
  'cp1250',
  'cp1251',
  'mac-roman',
  'cp437',
  'win874',
  'iso-8859-2',
  'cp1253',
  'cp1254',
  'cp1257',
] as const satisfies readonly CodepageName[];
export type RepairPage = (typeof REPAIR_PAGES)[number];
export const PAGE_COUNT = REPAIR_PAGES.length;
export const WIN874 = REPAIR_PAGES.indexOf('win874');
export const CP1252 = REPAIR_PAGES.indexOf('cp1252');

export interface PageLookup {
  /** char code -> slot (0 = not in the high half of any repair page). */
  slot: Uint16Array;
  /** per page: slot -> byte (-1 = not encodable in that page). */
  byte: Int16Array[];
  /** per slot: bit p set when the character is a UTF-8 lead byte (C2-F4) in page p. */
  leadMask: Uint16Array;
  /** per slot: bit p set when the character is a UTF-8 continuation byte (80-BF) in page p. */
  contMask: Uint16Array;
  /** per page: bytes a lossy decoder of that page may have dropped from inside a sequence. */
  droppable: number[][];
  /** bit p set when page p has droppable bytes. */
  droppableMask: number;
}

let LOOKUP: PageLookup | null = null;

export function pageLookup(): PageLookup {
  if (LOOKUP) return LOOKUP;
  const slot = new Uint16Array(0x10000);
  const chars: number[] = [0];
  const add = (cp: number) => {
    if (cp < 0x80 || slot[cp]) return;
    slot[cp] = chars.length;
    chars.push(cp);
  };
  for (const name of REPAIR_PAGES) for (const cp of CODEPAGE_TABLES[name]) if (cp >= 0) add(cp);
  for (let c = 0x80; c < 0xa0; c++) add(c);
  add(0x2126);
  add(0x212b);
  const n = chars.length;
  const byte: Int16Array[] = [];
  const leadMask = new Uint16Array(n);
  const contMask = new Uint16Array(n);
  REPAIR_PAGES.forEach((name, p) => {
    const map = new Int16Array(n).fill(-1);
    const table = CODEPAGE_TABLES[name];
    // C1 controls stand for their own byte in the Windows and ISO pages: text decoded as Latin-1
    // (or by a browser) keeps them. Mac Roman and CP437 define those bytes as letters instead.
    // Windows-1250 is the exception: ISO-8859-2 is a page of its own here, so a C1 control in
    // Central European text means ISO-8859-2 read it, and Windows-1250 keeps only the controls
    // of the bytes it leaves undefined ("tĹ\u0099etĂ­ho" is ISO-8859-2 for "třetího").
    if (name === 'cp1250') for (const b of UNDEFINED_BYTES.cp1250) map[slot[b] ?? 0] = b;
    else if (name !== 'mac-roman' && name !== 'cp437') for (let c = 0x80; c < 0xa0; c++) map[slot[c] ?? 0] = c;
    for (let b = 0x80; b < 0x100; b++) {
      const cp = table[b] ?? -1;
      if (cp >= 0x80) map[slot[cp] ?? 0] = b;
    }
    // Compatibility twins that NFC folds away (OHM SIGN, ANGSTROM SIGN) read as the same byte.
    for (const [twin, canonical] of [
      [0x2126, 0x03a9],
      [0x212b, 0x00c5],
    ] as const) {
      const b = map[slot[canonical] ?? 0] ?? -1;
      if (b >= 0 && slot[twin]) map[slot[twin] ?? 0] = b;
    }
    map[0] = -1;
    for (let s = 1; s < n; s++) {
      const b = map[s] ?? -1;
      if (b >= 0xc2 && b <= 0xf4) leadMask[s] = (leadMask[s] ?? 0) | (1 << p);
      else if (b >= 0x80 && b <= 0xbf) contMask[s] = (contMask[s] ?? 0) | (1 << p);
    }
    byte.push(map);
  });
  const droppable = REPAIR_PAGES.map((name) =>
    name === 'cp1252' || name === 'win874' ? UNDEFINED_BYTES[name].filter((b) => b >= 0x80 && b <= 0xbf) : [],
  );
  let droppableMask = 0;
  droppable.forEach((bytes, p) => {
    if (bytes.length > 0) droppableMask |= 1 << p;
  });
  LOOKUP = { slot, byte, leadMask, contMask, droppable, droppableMask };
  return LOOKUP;
}

/** Byte of `code` in page `p`, or -1. ASCII is itself in every page. */
export function byteIn(lookup: PageLookup, p: number, code: number): number {
  if (code < 0x80) return code;
  const s = lookup.slot[code] ?? 0;
  if (s === 0) return -1;
  return lookup.byte[p]?.[s] ?? -1;
}
