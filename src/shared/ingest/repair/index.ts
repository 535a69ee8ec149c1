// Text repair: undo mojibake, strip stray control/invisible characters, apply NFC and (optionally)
// typographic normalisation, reporting every change as a reversible TextRepair.
import type { TextRepair } from '../types';
import { c1Edits, controlEdits, invisibleEdits } from './controls';
import { applyEdits, composeRepairs, type Edit } from './edits';
import { mojibakePass } from './mojibake';
import { nfcEdits } from './nfc';
import { pageLookup } from './codepages';
import { typographyEdits } from './typography';

export interface RepairResult {
  text: string;
  repairs: TextRepair[];
}

export interface RepairOptions {
  /** Also apply typographic normalisation (quotes, dashes, ellipsis, spaces) after repair. */
  typography?: boolean;
}

/** Damage more than three layers deep is not text any more; stop there. */
const MAX_PASSES = 4;
/** Past this size the text is repaired in pieces cut at line breaks, so work stays linear. */
const CHUNK = 1 << 16;

class Pipeline {
  text: string;
  repairs: TextRepair[] = [];
  constructor(input: string) {
    this.text = input;
  }
  apply(edits: Edit[]): boolean {
    if (edits.length === 0) return false;
    this.repairs = composeRepairs(this.repairs, this.text, edits);
    this.text = applyEdits(this.text, edits);
    return true;
  }
}

/** True when nothing in `text` can need repair: plain ASCII without control characters, or text
 * without any character that can start mojibake, be a control or invisible, or denormalise. */
function isClearlyClean(text: string): boolean {
  let nonAscii = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x1a) return false;
    } else if (c >= 0x7f) {
      if (c < 0xa0) return false;
      nonAscii = true;
      break;
    }
  }
  if (!nonAscii) return true;
  const lk = pageLookup();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) {
      if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x1a) || c >= 0x7f) return false;
      continue;
    }
    const s = lk.slot[c] ?? 0;
    if (s !== 0 && (lk.leadMask[s] ?? 0) !== 0) return false;
    if ((c >= 0x200b && c <= 0x206f) || c === 0xfeff || c === 0xfffd || c === 0x061c || (c >= 0xfff9 && c <= 0xfffb))
      return false;
    if (c >= 0xd800 && c < 0xe000) return false;
  }
  return text.normalize('NFC') === text;
}

/** Replaces lone surrogates (never valid Unicode) so the output is always well formed. */
function loneSurrogateEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c >= 0xe000) continue;
    if (c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        i++;
        continue;
      }
    }
    edits.push({ start: i, end: i + 1, to: '\ufffd', rule: 'invalid-unicode' });
  }
  return edits;
}

function repairPiece(input: string): RepairResult {
  if (isClearlyClean(input)) return { text: input, repairs: [] };
  const run = new Pipeline(input);
  run.apply(loneSurrogateEdits(run.text));
  let changed: [number, number][] | undefined;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = mojibakePass(run.text, changed);
    if (!run.apply(edits)) break;
    // Where this pass wrote, in the new text: only those lines can hold another layer.
    changed = [];
    let delta = 0;
    for (const e of edits) {
      const start = e.start + delta;
      changed.push([start, start + e.to.length]);
      delta += e.to.length - (e.end - e.start);
    }
  }
  run.apply(c1Edits(run.text));
  run.apply(controlEdits(run.text));
  run.apply(invisibleEdits(run.text));
  run.apply(nfcEdits(run.text));
  return { text: run.text, repairs: run.repairs };
}

/** Splits long text at line breaks into pieces of about CHUNK characters. */
function pieces(input: string): string[] {
  if (input.length <= CHUNK) return [input];
  const out: string[] = [];
  let start = 0;
  while (start < input.length) {
    let end = Math.min(input.length, start + CHUNK);
    if (end < input.length) {
      const nl = input.indexOf('\n', end);
      end = nl < 0 || nl - start > 4 * CHUNK ? Math.min(input.length, start + 4 * CHUNK) : nl + 1;
      // Never cut a surrogate pair in two.
      const c = input.charCodeAt(end - 1);
      if (c >= 0xd800 && c < 0xdc00 && end < input.length) end++;
    }
    out.push(input.slice(start, end));
    start = end;
  }
  return out;
}

export function repairText(input: string, options: RepairOptions = {}): RepairResult {
  let result: RepairResult;
  try {
    const parts = pieces(input);
    if (parts.length === 1) result = repairPiece(input);
    else {
      const texts: string[] = [];
      const repairs: TextRepair[] = [];
      let offset = 0;
      for (const part of parts) {
        const r = repairPiece(part);
        for (const rep of r.repairs) repairs.push({ ...rep, start: rep.start + offset, end: rep.end + offset });
        texts.push(r.text);
        offset += r.text.length;
      }
      result = { text: texts.join(''), repairs };
    }
  } catch {
    // A repair must never lose the text: on any internal failure, hand it back untouched.
    result = { text: input, repairs: [] };
  }
  if (!options.typography) return result;
  const typo = normalizeTypography(result.text);
  if (typo.repairs.length === 0) return result;
  const run = new Pipeline(input);
  run.text = result.text;
  run.repairs = result.repairs;
  run.apply(typographyEdits(result.text));
  return { text: run.text, repairs: run.repairs };
}

export function normalizeTypography(input: string): RepairResult {
  try {
    const run = new Pipeline(input);
    run.apply(typographyEdits(input));
    return { text: run.text, repairs: run.repairs };
  } catch {
    return { text: input, repairs: [] };
  }
}

export { revertRepairs } from './edits';
