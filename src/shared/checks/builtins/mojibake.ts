// Leftover mojibake: UTF-8 text that was decoded as Windows-1252/Latin-1 ("Ã©", "â€™") or as
// Thai Windows-874 ("โ€™"), stray C1 control characters, and U+FFFD. The detector looks for the
// byte patterns UTF-8 leaves behind, not for "any non-ASCII", so real accented text is never
// flagged; the fixer re-encodes the run and decodes it as UTF-8 when that gives valid text.
import { z } from 'zod';
import { defineCheck, matchesOf, type Hit } from './types';

// Windows-1252 bytes 0x80-0x9F as characters (undefined bytes decode to the C1 control itself).
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
/** A UTF-8 continuation byte (0x80-0xBF) as Windows-1252 or Latin-1 shows it. */
const CONT = `[\\u0080-\\u00BF${CP1252_HIGH}]`;
/** The same without characters that legitimately follow a capital letter (quotes, guillemets, nbsp, ellipsis). */
const CONT_STRICT = `[\\u0080-\\u009F\\u00A1-\\u00AA\\u00AC-\\u00BA\\u00BC-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]`;

const MOJIBAKE = new RegExp(
  [
    `\u0E42\u20AC[\u2018-\u201D\u2022\u2013\u2014\u2026\u2122\u0080-\u00BF]?`, // โ€™ (cp874)
    `\u00E2(?:${CONT}{2}|\u20AC)`, // â€™ â€œ â‚¬ â„¢ (punctuation, currency, ™; € alone: ” lost its last byte)
    `\u00E0[\u00B8\u00B9]${CONT}`, // à¸ (Thai decoded as cp1252)
    `(?:[\u00CE\u00CF\u00D0\u00D1]${CONT}){2,}`, // Î±Î² Ð¿Ñ€ (Greek, Cyrillic runs)
    `(?:[\u00E4-\u00EF]${CONT}{2}){2,}`, // æ—¥æœ¬ (CJK and other three-byte runs)
    `[\u00C2\u00C3]${CONT}`, // Ã© Â  (Latin-1 range)
    `[\u00C4\u00C5]${CONT_STRICT}`, // Å› Ä… (Latin Extended-A)
    `\uFFFD+`,
    `[\u0080-\u009F]`, // C1 controls left by a Latin-1 decode of Windows-1252
  ].join('|'),
  'g',
);

const CP874_HIGH: Record<string, number> = {
  '\u20AC': 0x80,
  '\u2026': 0x85,
  '\u2018': 0x91,
  '\u2019': 0x92,
  '\u201C': 0x93,
  '\u201D': 0x94,
  '\u2022': 0x95,
  '\u2013': 0x96,
  '\u2014': 0x97,
};
const decoder = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string, thai: boolean): number | null {
  const cp = ch.codePointAt(0)!;
  if (thai) {
    if (cp >= 0x0e01 && cp <= 0x0e5b) return cp - 0x0e00 + 0xa0;
    if (CP874_HIGH[ch] !== undefined) return CP874_HIGH[ch]!;
  }
  const high = CP1252_HIGH.indexOf(ch);
  if (high >= 0) return 0x80 + high;
  return cp <= 0xff ? cp : null;
}

/** The text the mojibake run stood for, or null when re-decoding does not give clean text. */
export function repairMojibake(run: string): string | null {
  if (run.includes('\uFFFD')) return null;
  if (run === '\u00E2\u20AC' || run === '\u0E42\u20AC') return '\u201D'; // ” whose last byte (0x9D) was dropped
  if (run.length === 1) {
    // A lone C1 control: the Windows-1252 character its byte stands for.
    const ch = CP1252_HIGH[run.charCodeAt(0) - 0x80];
    return ch && !/[\u0080-\u009F]/.test(ch) ? ch : null;
  }
  const thai = run.startsWith('\u0E42');
  const bytes: number[] = [];
  for (const ch of run) {
    const b = byteOf(ch, thai);
    if (b === null) return null;
    bytes.push(b);
  }
  try {
    const text = decoder.decode(new Uint8Array(bytes));
    return /[\u0080-\u009F\uFFFD]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

export const mojibake = defineCheck({
  name: 'mojibake',
  summary: 'Garbled characters from a wrong text encoding ("Ã©", "â€™", "โ€", U+FFFD)',
  params: z.object({}).strict().prefault({}),
  fixers: ['repairMojibake'],
  run(text) {
    const hits: Hit[] = [];
    for (const m of matchesOf(MOJIBAKE, text)) hits.push({ start: m.index, end: m.index + m[0].length, fix: repairMojibake(m[0]) });
    return hits;
  },
});
