// Text repair: undo mojibake, strip stray control/invisible characters, apply NFC and (optionally)
// typographic normalisation, reporting every change as a reversible TextRepair. A triage pass
// decides which steps can change anything, so clean copy costs about one native scan.
import type { TextRepair } from '../types';
import { c1Edits, controlEdits, invisibleEdits } from './controls';
import { applyEdits, composeRepairs, type Edit } from './edits';
import { mojibakeEdits } from './mojibake';
import { nfcEdits } from './nfc';
import { afterEdits, triage } from './triage';
import { typographyEdits } from './typography';

export interface RepairResult {
  text: string;
  repairs: TextRepair[];
}

export interface RepairOptions {
  /** Also apply typographic normalisation (quotes, dashes, ellipsis, spaces) after repair. */
  typography?: boolean;
}

/** Past this size the text is repaired in pieces cut at line breaks, so the lists and strings of
 * one step stay bounded. (Work is linear either way; each piece costs one more copy to join.) */
const CHUNK = 1 << 22;

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
  let found = triage(input);
  if (!found.suspect && found.starts.length === 0 && !found.unstable) return { text: input, repairs: [] };
  const run = new Pipeline(input);
  // A replacement character where a lone surrogate was can end a mojibake sequence: look again.
  if (found.lone && run.apply(loneSurrogateEdits(run.text))) found = triage(run.text);
  if (found.starts.length > 0) {
    const edits = mojibakeEdits(run.text, found.starts);
    if (edits.length > 0) {
      // Mojibake repairs consume most controls and write new characters: look again, at what
      // is left of the marks and at what the repairs wrote.
      const next = afterEdits(found, run.text, edits);
      run.apply(edits);
      found = next ?? triage(run.text);
    }
  }
  if (found.suspect) {
    run.apply(c1Edits(run.text));
    run.apply(controlEdits(run.text));
    run.apply(invisibleEdits(run.text));
  }
  if (found.unstable) run.apply(nfcEdits(run.text));
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
        for (const rep of r.repairs) {
          rep.start += offset;
          rep.end += offset;
          repairs.push(rep);
        }
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
  // Typography is an extra: if it fails, the repaired text stands.
  let edits: Edit[];
  try {
    edits = typographyEdits(result.text);
  } catch {
    return result;
  }
  if (edits.length === 0) return result;
  const run = new Pipeline(result.text);
  run.repairs = result.repairs;
  run.apply(edits);
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
