// Weak repairs: lost bytes, flattened no-break spaces and '?' markers. None of them proves
// anything on its own, so they are made only in lines that strong repairs have already proven
// damaged in the same code page, and only where the character cannot be real.
import { Cls, Script, classOf } from './charclass';
import { clusterDelta, isStrong } from './clusters';
import { PAGE_COUNT } from './codepages';
import { chooseFill, foreignToLine } from './lossy';
import { isLetter, rarityOf, scriptOf } from './plausibility';
import { alteredFits } from './signatures';
import { List } from './list';
import { TokenKind, type Token } from './tokens';
import { lineView, type LineView } from './view';
// Local copies: an imported enum is a getter call per access under a CJS transform (tsx, vitest).
const K = { ...Cls };
const S = { ...Script };

/** Decoded "nothing": a lost byte whose sequence was only ever a C1 control. */
export const EMPTY = -2;

/** Guesses the character of a lossy token from the view around it (once). */
export function resolveLossy(t: Token, view: LineView): void {
  if (t.kind !== TokenKind.Lossy || t.cp !== -1 || !t.candidates) return;
  let allC1 = true;
  for (const c of t.candidates) if (!(c >= 0x80 && c < 0xa0)) allC1 = false;
  if (allC1) {
    t.cp = EMPTY;
    return;
  }
  t.cp = chooseFill(t.candidates, view.fillContext(t));
}

function isBusy(t: Token, view: LineView): boolean {
  for (let i = t.start; i < t.end; i++) if (view.isDecodedAt(i)) return true;
  return false;
}

const ONE = new List<Token>();

function deltaOf(text: string, t: Token, view: LineView): number {
  ONE.clear();
  ONE.push(t);
  return clusterDelta(text, ONE, view);
}

/** Appends to `accepted` the weak repairs of the proven `pages` (bit mask). */
export function weakRepairs(
  text: string,
  lineStart: number,
  lineEnd: number,
  byPage: readonly (List<Token> | undefined)[],
  pages: number,
  accepted: List<Token>,
  groups: number,
): void {
  // Judged against the repairs made so far; what this step adds only extends the view.
  const before = accepted.length;
  const view = lineView(text, lineStart, lineEnd, accepted);
  view.groups = groups;
  // Pages whose proven damage includes letters: only there can a flattened no-break space be
  // part of a letter. Where only punctuation was damaged, the letters are genuine ("Å være").
  let letterPages = 0;
  for (let i = 0; i < before; i++) {
    const t = accepted.get(i);
    if (t.cp >= 0 && isLetter(classOf(t.cp))) letterPages |= 1 << t.page;
  }
  for (let p = 0; p < PAGE_COUNT; p++) {
    const list = byPage[p];
    if (!((pages >> p) & 1) || !list) continue;
    // A lossy decoder drops five of the 64 continuation bytes: stranded leads are a few, next
    // to many sure repairs. Where they outnumber those, the line is a garble, not lost bytes.
    let lossy = 0;
    let sure = 0;
    for (let i = 0; i < list.length; i++) if (list.get(i).kind === TokenKind.Lossy) lossy++;
    for (let i = 0; i < before; i++) if (accepted.get(i).page === p && accepted.get(i).kind !== TokenKind.Lossy) sure++;
    const guesses = lossy <= 2 + sure / 2;
    for (let i = 0; i < list.length; i++) {
      const t = list.get(i);
      if ((isStrong(t) && !t.guarded) || isBusy(t, view)) continue;
      if (t.kind === TokenKind.Lossy) {
        if (!guesses) continue;
        t.cp = -1;
        resolveLossy(t, view);
        if (t.cp !== EMPTY) {
          if (t.cp < 0 || rarityOf(t.cp) > 1) continue;
          const k = classOf(t.cp);
          if (k === K.Format || k === K.Unassigned || k === K.Control || k === K.Space) continue;
          if (k === K.Mark && scriptOf(view.decodedBefore(t.start)) !== scriptOf(t.cp)) continue;
        }
        if (!looksDamaged(text, t, view) && !(t.got > 0 && deltaOf(text, t, view) >= 0.5)) continue;
      } else if (t.kind === TokenKind.Altered) {
        // The space is the evidence: where it fits, neighbours need not agree.
        if (!alteredFits(text, t, view)) continue;
        if (isLetter(classOf(t.cp)) && !((letterPages >> p) & 1)) continue;
        accepted.push(t);
        view.add(t);
        continue;
      } else if (t.kind === TokenKind.Marker) {
        if (!markerFits(t, view)) continue;
        accepted.push(t);
        view.add(t);
        continue;
      }
      if (deltaOf(text, t, view) < 0) continue;
      accepted.push(t);
      view.add(t);
    }
  }
}

/** A '?' standing for lost bytes, in a line proven damaged: the bytes around it must still show a
 * sequence ("â€?", "â?¬"), or a lone lead must end a word ("ItÃ?s"). */
function markerFits(t: Token, view: LineView): boolean {
  if (!t.weakMarker) return false;
  if (t.got >= 1 || t.end - t.start > 2) return true;
  const prev = view.decodedBefore(t.start);
  return prev >= 0 && isLetter(classOf(prev));
}

function isCasedScript(cp: number): boolean {
  const s = scriptOf(cp);
  return s === S.Latin || s === S.Greek || s === S.Cyrillic;
}

/** A lead character with a byte lost is only repaired where it cannot be a real letter: touching
 * other damage, a capital inside a word, a letter of another script inside a word, or Ã/Â before
 * small letters (C3/C2 lead every Latin-1 letter; real text shows them as capitals only). */
function looksDamaged(text: string, t: Token, view: LineView): boolean {
  if (view.isDecodedAt(t.start - 1) || view.isDecodedAt(t.end)) return true;
  const prev = view.decodedBefore(t.start);
  const next = view.decodedAt(t.end);
  const pk = prev >= 0 ? classOf(prev) : K.Space;
  const nk = next >= 0 ? classOf(next) : K.Space;
  const ch = text.charCodeAt(t.start);
  const own = classOf(ch);
  if (own === K.Upper && isLetter(pk) && (nk === K.Lower || pk === K.Lower)) return true;
  if (isLetter(own) && ((isLetter(pk) && scriptOf(prev) !== scriptOf(ch)) || (isLetter(nk) && scriptOf(next) !== scriptOf(ch))))
    return true;
  if ((ch === 0xc3 || ch === 0xc2) && nk === K.Lower) return true;
  // "Åodzi" in a line of Polish letters: Å belongs to none of the line's languages, Ł does.
  if (t.cp >= 0 && isLetter(own) && foreignToLine(ch, view.groups) && !foreignToLine(t.cp, view.groups)) return true;
  if (t.got > 0 && t.cp === 0x201d) return true;
  if (!isCasedScript(ch)) return false;
  const a = view.wordStart(t.start, t.end);
  const b = view.wordEnd();
  for (let i = a; i < b; i++) if (view.isDecodedAt(i)) return true;
  return false;
}
