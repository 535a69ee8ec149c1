// Finds, in one fast pass, the few places in a text that any repair step could change: the lines
// where mojibake may start, and whether control, invisible or denormalised characters occur at
// all. A native regular-expression scan skips printable ASCII; only the other characters are
// looked up, one typed-array read each. Clean copy then costs about one native scan.
import { classTable, Cls } from './charclass';
import { pageLookup } from './codepages';

/** Flags per UTF-16 code unit. */
const SUSPECT = 1;
const UNSTABLE = 2;
const LEAD = 4;
const CONT = 8;

let FLAGS: Uint8Array | null = null;

/** Code units (outside surrogates) that NFC changes on their own. Tested 256 at a time, joined by
 * spaces (nothing composes with a space, and one mark after a space stays), then one by one only
 * in the blocks whose text changed. */
function markNfcSingletons(flags: Uint8Array): void {
  for (let block = 0xa0; block < 0x10000; block += 256) {
    const chars: string[] = [];
    for (let c = block; c < Math.min(0x10000, block + 256); c++) chars.push(String.fromCharCode(c));
    const joined = chars.join(' ');
    if (joined.normalize('NFC') === joined) continue;
    for (const s of chars) if (s.normalize('NFC') !== s) flags[s.charCodeAt(0)] = (flags[s.charCodeAt(0)] ?? 0) | UNSTABLE;
  }
}

function flagTable(): Uint8Array {
  if (FLAGS) return FLAGS;
  const flags = new Uint8Array(0x10000);
  const set = (from: number, to: number, f: number) => {
    for (let c = from; c <= to; c++) flags[c] = (flags[c] ?? 0) | f;
  };
  // What the control and invisible-character steps act on, and lone-surrogate candidates.
  set(0x00, 0x08, SUSPECT);
  set(0x0b, 0x0c, SUSPECT);
  set(0x0e, 0x19, SUSPECT);
  set(0x1b, 0x1f, SUSPECT);
  set(0x7f, 0x9f, SUSPECT);
  set(0x061c, 0x061c, SUSPECT);
  set(0x200b, 0x200f, SUSPECT);
  set(0x202a, 0x202e, SUSPECT);
  set(0x2060, 0x206f, SUSPECT);
  set(0xd800, 0xdfff, SUSPECT | UNSTABLE);
  set(0xfeff, 0xfeff, SUSPECT);
  set(0xfff9, 0xfffb, SUSPECT);
  // What NFC may change or combine: marks, Hangul vowel and final jamo, singletons.
  const cls = classTable();
  for (let c = 0x300; c < 0x10000; c++) if (cls[c] === Cls.Mark) flags[c] = (flags[c] ?? 0) | UNSTABLE;
  set(0x1161, 0x1175, UNSTABLE);
  set(0x11a8, 0x11c2, UNSTABLE);
  markNfcSingletons(flags);
  // Characters that lead or continue a UTF-8 sequence in some page.
  const lk = pageLookup();
  for (let c = 0x80; c < 0x10000; c++) {
    const s = lk.slot[c] ?? 0;
    if (s === 0) continue;
    if (c >= 0xa0 && (lk.leadMask[s] ?? 0) !== 0) flags[c] = (flags[c] ?? 0) | LEAD;
    if ((lk.contMask[s] ?? 0) !== 0) flags[c] = (flags[c] ?? 0) | CONT;
  }
  flags[0xfffd] = (flags[0xfffd] ?? 0) | CONT;
  FLAGS = flags;
  return flags;
}

export interface Triage {
  /** Some character the control, invisible or lone-surrogate steps act on occurs. */
  suspect: boolean;
  /** A lone surrogate occurs. */
  lone: boolean;
  /** Some character NFC may change occurs (false means the text is NFC already). */
  unstable: boolean;
  /** Offsets where a mojibake token may start (one per line at most, in order). */
  starts: number[];
  /** Offsets of the suspect and unstable characters, in order (null when too many to keep). */
  marks: number[] | null;
}

/** Beyond this many suspect or unstable characters (4096, or one in sixteen of a long text), a
 * later look rescans the text instead. */
const MIN_MARKS = 4096;

const NOT_PLAIN = /[^\t\n\r\x20-\x7e]/g;
/** After this many plain ASCII characters in a row, hand back to the native scan. */
const ASCII_RUN = 12;

/** Scans `text` once. Mojibake starts are a superset of what the per-page check accepts: a lead
 * of some page followed by a continuation of some page (or U+FFFD), or "Ã" + space. */
export function triage(text: string): Triage {
  const out: Triage = { suspect: false, lone: false, unstable: false, starts: [], marks: [] };
  const n = text.length;
  maxMarks = Math.max(MIN_MARKS, n >> 4);
  let lastLine = -1;
  NOT_PLAIN.lastIndex = 0;
  // test() moves lastIndex past the match without building a match object.
  while (NOT_PLAIN.test(text)) {
    // Built on first need: plain ASCII text never pays for the tables.
    const flags = FLAGS ?? flagTable();
    let i = NOT_PLAIN.lastIndex - 1;
    let plain = 0;
    for (; i < n && plain < ASCII_RUN; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x20 && c < 0x7f) {
        plain++;
        continue;
      }
      plain = 0;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          // A well-formed astral character: only NFC may care (emoji, historic scripts).
          out.unstable = true;
          mark(out, i);
          i++;
          continue;
        }
      }
      if (c >= 0xd800 && c < 0xe000) out.lone = true;
      const f = flags[c] ?? 0;
      if (f === 0) continue;
      if (f & SUSPECT) out.suspect = true;
      if (f & UNSTABLE) out.unstable = true;
      if (f & (SUSPECT | UNSTABLE)) mark(out, i);
      if (f & LEAD && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if ((flags[d] ?? 0) & CONT || (d === 0x20 && c === 0xc3)) {
          if (i > lastLine) {
            out.starts.push(i);
            lastLine = text.indexOf('\n', i);
            if (lastLine < 0) lastLine = n;
          }
        }
      }
    }
    NOT_PLAIN.lastIndex = i;
  }
  return out;
}

let maxMarks = MIN_MARKS;

function mark(out: Triage, i: number): void {
  if (!out.marks) return;
  if (out.marks.length === maxMarks) out.marks = null;
  else out.marks.push(i);
}

/** What the triage of the text after `edits` (sorted, not overlapping) would say about suspect and
 * unstable characters, from the marks of the text before them and what the edits wrote: the text
 * itself is not scanned again. Null when the first triage kept no marks. */
export function afterEdits(before: Triage, text: string, edits: readonly { start: number; end: number; to: string }[]): Triage | null {
  if (!before.marks) return null;
  const flags = flagTable();
  const out: Triage = { suspect: false, lone: false, unstable: false, starts: [], marks: null };
  let k = 0;
  for (const i of before.marks) {
    while (k < edits.length && (edits[k]?.end ?? 0) <= i) k++;
    const e = edits[k];
    if (e && e.start <= i) continue;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A well-formed astral character, as the first look found it.
      out.unstable = true;
      continue;
    }
    const f = flags[c] ?? 0;
    if (f & SUSPECT) out.suspect = true;
    if (f & UNSTABLE) out.unstable = true;
  }
  for (const e of edits) {
    for (let i = 0; i < e.to.length; i++) {
      const c = e.to.charCodeAt(i);
      if (c < 0x80 && c >= 0x20) continue;
      if (c >= 0xd800 && c < 0xdc00) {
        // An astral character (repairs write no lone surrogate): only NFC may care.
        out.unstable = true;
        i++;
        continue;
      }
      const f = flags[c] ?? 0;
      if (f & SUSPECT) out.suspect = true;
      if (f & UNSTABLE) out.unstable = true;
    }
  }
  return out;
}
