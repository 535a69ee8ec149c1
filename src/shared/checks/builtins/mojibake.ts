// Leftover mojibake: UTF-8 text that was decoded with a single-byte code page (Windows-1252 or
// Latin-1 "Ã©", "â€™"; Windows-1250 "Ĺ‚"; Windows-1251 "вЂ™", "РџСЂ"; Mac Roman "√©"; DOS 437
// "╨┐"; Thai Windows-874 "โ€™"),
// stray C1 control characters, and U+FFFD. The detector finds the byte patterns UTF-8 leaves
// behind and keeps only runs that decode to valid, plausible UTF-8, so real accented or
// Cyrillic text is not flagged; the fix is that decoding.
import { z } from 'zod';
import { CODEPAGE_TABLES, type CodepageName } from '../../ingest/repair/codepages.generated';
import { defineCheck, type Hit } from './types';

interface Family {
  name: CodepageName;
  /** Character → the byte it stands for in this code page (0x80-0xFF; C1 controls map to themselves). */
  bytes: Map<number, number>;
  /** One UTF-8 sequence as this code page shows it: a lead character and its continuation characters. */
  sequence: RegExp;
}

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

function family(name: CodepageName, leads: [number, number]): Family {
  const table = CODEPAGE_TABLES[name];
  const bytes = new Map<number, number>();
  for (let b = 0x80; b <= 0xff; b++) if (table[b]! >= 0) bytes.set(table[b]!, b);
  // A Latin-1 decoder shows every byte 0x80-0x9F as the C1 control of that number.
  for (let b = 0x80; b <= 0x9f; b++) if (!bytes.has(b)) bytes.set(b, b);
  const charsFor = (from: number, to: number) => {
    let out = '';
    for (const [c, b] of bytes) if (b >= from && b <= to) out += hex(c);
    return `[${out}]`;
  };
  const cont = charsFor(0x80, 0xbf);
  const lead = (from: number, to: number) => charsFor(Math.max(from, leads[0]), Math.min(to, leads[1]));
  const parts = [`${lead(0xc2, 0xdf)}${cont}`, `${lead(0xe0, 0xef)}${cont}{2}`, `${lead(0xf0, 0xf4)}${cont}{3}`].filter(
    (p) => !p.startsWith('[]'),
  );
  return { name, bytes, sequence: new RegExp(parts.join('|'), 'g') };
}

const FAMILIES: Family[] = (['cp1252', 'cp1250', 'cp1251', 'mac-roman', 'cp437'] as const).map((name) => family(name, [0xc2, 0xf4]));
// In Thai text the lead bytes are common letters; only "โ€…" (UTF-8 punctuation read as Windows-874) is certain.
const THAI = family('win874', [0xe2, 0xe2]);

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(run: string, fam: Family): string | null {
  const out: number[] = [];
  for (let i = 0; i < run.length; i++) {
    const b = fam.bytes.get(run.charCodeAt(i));
    if (b === undefined) return null;
    out.push(b);
  }
  try {
    return decoder.decode(new Uint8Array(out));
  } catch {
    return null;
  }
}

/** Characters mojibake plausibly stood for: letters and symbols of living scripts, punctuation, emoji. */
function plausible(cp: number): boolean {
  if (cp < 0xa0 || (cp >= 0x250 && cp < 0x370) || (cp >= 0x460 && cp < 0x490) || (cp >= 0x800 && cp < 0x900)) return false;
  if ((cp >= 0xd800 && cp < 0xf900) || cp === 0xfffd || (cp >= 0xfff0 && cp <= 0xffff)) return false;
  return true;
}

interface Candidate {
  start: number;
  end: number;
  text: string;
  fix: string | null;
  /** Sequences in the run: a lone two-character one needs more evidence than a run. */
  count: number;
}

const LETTER = /\p{L}/u;
const PUNCT = /\p{P}/u;
const ASCII_LETTER = /[A-Za-z]/;

/**
 * A run of one two-character sequence is weak evidence: keep it only when it stands for a Latin
 * letter or sign (é, ü, ß, ł, ș: what single mojibake characters are) and does not look like a
 * capital letter before punctuation ("CAMPEÃ…") or two letters of real Cyrillic ("ВЕЉКОВИЋ").
 */
function loneSequenceHolds(text: string, c: Candidate, cp: number): boolean {
  if (!((cp >= 0xa0 && cp <= 0x17f) || (cp >= 0x218 && cp <= 0x21b))) return false;
  const second = c.text[1]!;
  if (PUNCT.test(second) && !LETTER.test(text[c.end] ?? '')) return false;
  if (LETTER.test(second) && !ASCII_LETTER.test(text[c.start - 1] ?? '') && !ASCII_LETTER.test(text[c.end] ?? '')) return false;
  return true;
}

/** Runs of sequences in one family that decode to plausible text. */
function candidates(text: string, fam: Family, thaiOnly = false): Candidate[] {
  const out: Candidate[] = [];
  fam.sequence.lastIndex = 0;
  for (let m = fam.sequence.exec(text); m; m = fam.sequence.exec(text)) {
    const decoded = decode(m[0], fam);
    const cp = decoded?.codePointAt(0);
    if (decoded === null || cp === undefined || !plausible(cp) || (thaiOnly && (cp < 0x2000 || cp > 0x206f))) continue;
    const last = out[out.length - 1];
    if (last && last.end === m.index) {
      last.end += m[0].length;
      last.text += m[0];
      last.fix += decoded;
      last.count++;
    } else out.push({ start: m.index, end: m.index + m[0].length, text: m[0], fix: decoded, count: 1 });
  }
  return out.filter((c) => {
    if (c.count > 1) return true;
    const cp = c.fix!.codePointAt(0)!;
    if (c.text.length === 2) return loneSequenceHolds(text, c, cp);
    // Three or four letters and signs standing for one rare character ("ášť" → U+169D, "é…»" → a
    // CJK ideograph) are real text; alone, only punctuation, symbols, Thai and emoji are kept.
    return (
      (cp >= 0x0e00 && cp <= 0x0e7f) ||
      (cp >= 0x2000 && cp <= 0x2bff) ||
      (cp >= 0x3000 && cp <= 0x303f) ||
      (cp >= 0xff00 && cp <= 0xffef) ||
      (cp >= 0x1f000 && cp <= 0x1faff)
    );
  });
}

/** The Windows-1252 character a lone C1 control stands for (Latin-1 decoding of Windows-1252). */
function c1Fix(c: number): string | null {
  const ch = CODEPAGE_TABLES.cp1252[c]!;
  return ch >= 0 && ch !== c ? String.fromCharCode(ch) : null;
}

export const mojibake = defineCheck({
  name: 'mojibake',
  summary: 'Garbled characters from a wrong text encoding ("Ã©", "â€™", "Ĺ‚", "вЂ™", "โ€™", U+FFFD)',
  params: z.object({}).strict().prefault({}),
  fixers: ['repairMojibake'],
  run(text) {
    // Nothing outside ASCII, nothing to find: the common case for English copy.
    if (!/[^\x00-\x7f]/.test(text)) return [];
    const found: Candidate[] = [...FAMILIES.flatMap((f) => candidates(text, f)), ...candidates(text, THAI, true)];
    // "â€" with its last byte lost (0x9D is undefined in Windows-1252): a closing quote.
    for (const m of text.matchAll(/\u00E2\u20AC|\u0E42\u20AC/g))
      found.push({ start: m.index, end: m.index + 2, text: m[0], fix: '\u201D', count: 1 });
    for (const m of text.matchAll(/\uFFFD+/g)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], fix: null, count: 1 });
    // Earliest first, longest first: one finding per garbled run, whichever code page explains most of it.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const hits: Hit[] = [];
    let covered = 0;
    for (const c of found) {
      if (c.start < covered) continue;
      hits.push({ start: c.start, end: c.end, fix: c.fix });
      covered = c.end;
    }
    for (const m of text.matchAll(/[\u0080-\u009F]/g)) {
      if (hits.some((h) => h.start <= m.index && m.index < h.end)) continue;
      hits.push({ start: m.index, end: m.index + 1, fix: c1Fix(m[0].charCodeAt(0)) });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});

/** The text a mojibake run stood for, or null (for tools that repair a selection). */
export function repairMojibake(run: string): string | null {
  for (const fam of [...FAMILIES, THAI]) {
    const decoded = decode(run, fam);
    if (decoded !== null && [...decoded].every((ch) => plausible(ch.codePointAt(0)!))) return decoded;
  }
  return null;
}
