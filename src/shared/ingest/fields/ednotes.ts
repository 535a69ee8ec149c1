// Editorial notes are never body text. Finds them in a body — "Eds:" paragraphs, the "not for
// publication" section and everything after it, dpa notebooks, agency sign-offs ("hh/ph/ts/hd",
// "==Kyodo", "AAP RTV", "(SDA\/sj)") and end markers ("MORE", "-30-", "ends") — and sets them aside.
import { blockText, runsText, type DraftBlock } from '../draft';
import { HEURISTIC_WINDOW } from '../limits';
import { collapse, isCopyrightLine, sameText } from './text';

/** Everything from here on is not for publication. */
const SECTION_START: RegExp[] = [
  /^the following information is not (?:intended )?for publication/i,
  /^(?:this|the following) (?:is|information is) not for publication/i,
  /^not for publication\b/i,
  /^die folgenden informationen sind nicht zur veröffentlichung bestimmt/i,
  /^nicht zur veröffentlichung\b/i,
  /^#+\s*(?:dpa[- ]?)?(?:notebook|notizblock)\b/i,
  /^(?:dpa[- ]?)?(?:notebook|notizblock)$/i,
  /^\*(?:\s*\*){2,}$/,
];

const EDS_NOTE =
  /^\(?\s*(?:eds?|editors?|editor'?s note|note to editors|attention editors|advisory|achtung redaktion|redaktionshinweis|hinweis an die redaktion|nota a los editores|note aux rédactions)\s*:/i;

const END_MARKER = /^(?:\(?more\)?|-+\s*30\s*-+|-0-|#{3}|\(?ends?\)?|\(?end\)?|endit|nnnn|\(?fin\)?|\(?ende\)?)\.?$/i;

const SIGN_OFFS: RegExp[] = [
  /^={1,3}\s*\p{L}[\p{L} .-]{0,20}$/u, // ==Kyodo
  /^[a-z]{1,4}(?:\/[a-z]{1,4}){1,6}$/, // hh/ph/ts/hd
  /^\(\s*[A-Za-z]{2,6}(?:\s*\\?\/\s*[a-z]{1,5}){1,4}\s*\)$/, // (SDA\/sj)
  /^[A-Z]{2,6}(?:\s+[a-z]{1,5}(?:\/[a-z]{1,5})+)$/, // AFP hh/ph
  /^AAP(?:\s+[A-Z]{2,4}){1,2}$/, // AAP RTV
  /^(?:dpa|afp|ap|rtr|sda|ats|apa|kna|epd)(?:\s+[a-z]{1,5}){1,6}$/i, // dpa wsz jln npr
  /^SOURCE\s+\S.{0,100}$/, // PR Newswire trailer
];

export function isEdsNote(text: string): boolean {
  return EDS_NOTE.test(collapse(text.slice(0, 120)));
}

export function isSignOff(text: string): boolean {
  if (text.length > 120) return false; // sign-offs are short; most lines are not, so skip the work
  const t = collapse(text);
  return t.length <= 60 && SIGN_OFFS.some((re) => re.test(t));
}

export function isEndMarker(text: string): boolean {
  return text.length <= 40 && END_MARKER.test(collapse(text));
}

export function startsNonPublicSection(text: string): boolean {
  const t = collapse(text.slice(0, HEAD));
  return SECTION_START.some((re) => re.test(t));
}

export interface SeparatedBody {
  blocks: DraftBlock[];
  notes: string[];
  warnings: string[];
  /** A trailing copyright paragraph taken out of the body. */
  copyright: string | null;
}

/** How much of a paragraph the note tests read: they match openings, and bodies can be megabytes. */
const HEAD = 160;

/**
 * Text as it will be printed: control characters are judged as the repair step will treat them
 * (removed), so a damaged byte before "# Notebook" cannot keep the notebook in the body.
 */
function printable(s: string): string {
  return collapse(CONTROL.test(s) ? s.replace(CONTROL_ALL, '') : s);
}
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');
/** A character that prints: not space, not zero-width, not a control character. */
const PRINTS = /[^\s\u00a0\u200b-\u200d\u2060\ufeff\u0000-\u001f\u007f-\u009f]/;

/** Collapsed text of a block's start. */
function head(b: DraftBlock): string {
  return printable(blockText(b).slice(0, HEAD));
}

/** Collapsed text of a short block, or null when the block is too long to be a note or marker. */
function short(b: DraftBlock): string | null {
  const t = blockText(b);
  return t.length > HEURISTIC_WINDOW ? null : printable(t);
}

function isParagraph(b: DraftBlock): boolean {
  return b.kind === 'p' || b.kind === 'h2' || b.kind === 'h3' || b.kind === 'quote';
}

function blockNote(b: DraftBlock): string {
  if (b.kind === 'bullet' || b.kind === 'number') return b.items.map((i) => collapse(i.map((r) => r.text).join(''))).join('\n');
  if (b.kind === 'pre') return b.text.trim();
  if (b.kind === 'table') return b.rows.map((r) => r.map((c) => collapse(runsText(c))).join(' | ')).join('\n');
  if (b.kind === 'caption') return collapse(b.runs.map((r) => r.text).join(''));
  return collapse(blockText(b));
}

/** Split a draft body into story text and editorial notes. */
export function separateEditorialNotes(input: DraftBlock[], ctx: { headline: string | null; byline: string | null }): SeparatedBody {
  const notes: string[] = [];
  const warnings: string[] = [];
  let copyright: string | null = null;
  // A paragraph of nothing but control characters is blank too: repair would leave nothing of it.
  let blocks = input.filter((b) => !(isParagraph(b) && !PRINTS.test(blockText(b))));

  const heads = blocks.map((b) => (isParagraph(b) ? head(b) : ''));
  const cut = heads.findIndex((t, i) => t !== '' && SECTION_START.some((re) => re.test(t)) && isParagraph(blocks[i]!));
  if (cut >= 0) {
    notes.push(...blocks.slice(cut).map(blockNote).filter(Boolean));
    blocks = blocks.slice(0, cut);
  }

  blocks = blocks.filter((b, i) => {
    if (isParagraph(b) && EDS_NOTE.test(heads[i] ?? '')) {
      notes.push(collapse(blockText(b)).replace(/^\((.*)\)$/, '$1'));
      return false;
    }
    return true;
  });

  // A body that repeats the headline or the by-line near its top (XHTML headers, Reuters, PR releases).
  const by = ctx.byline ? ctx.byline.replace(/^(?:by|von|par|por|di|av|door)\s+/i, '') : null;
  const repeats = (t: string): boolean =>
    sameText(t, ctx.headline) || sameText(t, ctx.byline) || (!!by && sameText(t.replace(/^(?:by|von|par|por|di|av|door)\s+/i, ''), by));
  let seen = 0;
  blocks = blocks.filter((b) => {
    if (!isParagraph(b) || seen >= 2) return true;
    seen++;
    const t = short(b);
    return t === null || !repeats(t);
  });

  // Trailing sign-offs, end markers and copyright lines (captions placed after the text are skipped over).
  for (let guard = 0; guard < 6; guard++) {
    let at = blocks.length - 1;
    while (at >= 0 && blocks[at]!.kind === 'caption') at--;
    const last = blocks[at];
    if (!last || !isParagraph(last)) break;
    const t = short(last);
    if (t === null) break;
    if (isEndMarker(t)) {
      warnings.push(`removed the end marker "${t}" after the last paragraph`);
    } else if (isSignOff(t)) {
      notes.push(t);
    } else if (/^[_\-–—=*]{2,}$/.test(t)) {
      // a separator rule left dangling at the end
    } else if (isCopyrightLine(t)) {
      if (copyright === null) copyright = t;
      else warnings.push(`removed a second copyright paragraph from the body: "${t}"`);
    } else break;
    blocks.splice(at, 1);
  }
  return { blocks, notes, warnings, copyright };
}
