// The text of a saved web page (a browser's "save as text", a copy-paste of a whole page) → one
// story. The page is read in zones: masthead before the headline, the story, and what follows the
// story's end (credit, copyright, share bar, teaser lists). Rules are general: verbatim repeats, tag
// lists, short lines of section names, a headline repeated just before a caption, known phrases.
import type { ParsedItem, ParsedWire } from '../types';
import { cleanCredit, looksLikeCredit, splitCaptionCredit } from '../fields/captions';
import { cleanByline, looksLikeDate } from './byline';
import { isDateFurniture, isFurniturePhrase, isNavigationLine, isTagList } from './furniture';
import { emptyItem, setItemBody, tagRepairs } from './item';
import { inferLanguageFromText, inferLatinLanguage } from './language';
import { ParagraphBuilder } from './paragraph';
import { lineToBuilt, MAX_PAGE_TEXT_CHARS, splitRepairedLines, type TextLine } from './textLines';
import type { BuiltBlock, PlacedCaption } from './built';
import { copyrightHolderOf, matchCopyrightLine, matchDatelineLeadIn, matchWireCreditLine } from './wireLines';

const BYLINE_LINE =
  /^(?:by|par|por|von|di|door|av|af|od)\s+\p{Lu}[\p{L}.'’-]+(?:[ ,]+(?:and |und |et |y |e )?\p{Lu}[\p{L}.'’-]+){0,6}(?:,\s*[\p{L} ]{2,40})?$/iu;
const DATE_LINE =
  /^(published|updated|posted|last updated|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)\b/i;

/** Lines that end the story when met after it began. */
function isStoryEnd(text: string): boolean {
  return matchCopyrightLine(text) || matchWireCreditLine(text) !== null || isTagList(text) || isEndPhrase(text);
}

function isEndPhrase(text: string): boolean {
  return isFurniturePhrase(text) && !/^(advertisement|advertising|ad|anzeige|werbung|publicité|publicidad)$/i.test(text.trim());
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const cjk = (s: string): boolean => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s);

/** Could this line be a headline: sentence-sized, not a sentence-ending paragraph, not furniture. */
function headlineShaped(text: string): boolean {
  if (text.length > 250 || isFurnitureLine(text)) return false;
  if (cjk(text)) return text.length >= 8;
  return wordCount(text) >= 4 && text.length >= 15 && !/[.]$/.test(text.replace(/\b(U\.S|U\.K|Jr|Inc|Co)\.$/, ''));
}

/** A body paragraph: a complete sentence (a headline, however long, has no closing stop). */
function paragraphShaped(text: string): boolean {
  if (isFurnitureLine(text)) return false;
  if (matchDatelineLeadIn(text)) return true;
  if (cjk(text)) return text.length >= 40 || /[。！？」”]$/.test(text);
  return text.length >= 160 || (wordCount(text) >= 6 && /[.!?"”’»)…]$/.test(text));
}

function isFurnitureLine(text: string): boolean {
  return isFurniturePhrase(text) || isTagList(text) || isDateFurniture(text);
}

export function parsePageText(input: string, fileName: string, encoding: string): ParsedWire {
  const wire: ParsedWire = { format: 'page-text', encoding, items: [], warnings: [] };
  try {
    let text = typeof input === 'string' ? input : '';
    if (text.length > MAX_PAGE_TEXT_CHARS) {
      wire.warnings.push(`${fileName}: text is ${text.length} characters; only the first ${MAX_PAGE_TEXT_CHARS} were read`);
      text = text.slice(0, MAX_PAGE_TEXT_CHARS);
    }
    const item = readPage(text);
    if (!item.headline && !item.body.length && !item.captions.length) wire.warnings.push(...item.warnings.map((w) => `${fileName}: ${w}`));
    else wire.items.push(item);
  } catch (err) {
    wire.warnings.push(
      `${fileName}: the page text could not be read (${err instanceof Error ? err.message.slice(0, 160) : 'unknown error'})`,
    );
  }
  return wire;
}

function readPage(input: string): ParsedItem {
  const item = emptyItem();
  const { lines: all, spanning } = splitRepairedLines(input);
  item.repairs.push(...tagRepairs('text', spanning));
  const lines = all.filter((l) => l.text);
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const repeated = (l: TextLine): boolean => (counts.get(l.text) ?? 0) >= 2;

  // The headline: the first headline-shaped line that the page repeats (sites print it again over
  // photos), else the first headline-shaped line that a paragraph follows.
  const firstPara = lines.findIndex((l) => paragraphShaped(l.text) && !repeated(l));
  const searchEnd = firstPara >= 0 ? firstPara : Math.min(lines.length, 60);
  let h = lines.slice(0, searchEnd).findIndex((l) => repeated(l) && headlineShaped(l.text));
  if (h < 0) h = lastIndexWhere(lines.slice(0, searchEnd), (l) => headlineShaped(l.text) && !isNavigationLine(l.text));
  const headline = h >= 0 ? lines[h]! : null;
  if (headline) {
    item.headline = headline.text;
    item.repairs.push(...tagRepairs('headline', headline.repairs));
  } else item.warnings.push('no headline found in the page text');

  // Between headline and story: byline, date lines, a standfirst; the masthead before it is dropped.
  let i = h + 1;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (paragraphShaped(l.text) && !(headline && l.text === headline.text)) break;
    if (headline && l.text === headline.text) continue;
    if (BYLINE_LINE.test(l.text) && !item.byline) item.byline = cleanByline(l.text, { organisations: [] });
    else if (DATE_LINE.test(l.text) && !item.date_raw) item.date_raw = l.text.replace(DATE_LINE, '').replace(/^[\s:]+/, '') || l.text;
    else if (!item.deck && !isFurnitureLine(l.text) && !looksLikeDate(l.text) && !isNavigationLine(l.text) && l.text.length >= 40) {
      item.deck = l.text;
      item.repairs.push(...tagRepairs('deck', l.repairs));
    }
  }

  const drafts: BuiltBlock[] = [];
  const captions: PlacedCaption[] = [];
  const seen = new Set<string>();
  let end = lines.length;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    if (drafts.length > 0 && isStoryEnd(l.text)) {
      end = i;
      break;
    }
    if (headline && l.text === headline.text) {
      // A repeated headline inside the story is a picture's alt text; the line right after it (same
      // block, no blank line between) is that picture's caption.
      if (next && next.index === l.index + 1 && next.text !== headline.text && !isFurnitureLine(next.text)) {
        const { caption, usedCreditLine } = captionFrom(next, lines[i + 2], drafts.length);
        captions.push(caption);
        i += usedCreditLine ? 2 : 1;
      }
      continue;
    }
    if (isFurnitureLine(l.text) || (repeated(l) && seen.has(l.text))) continue;
    seen.add(l.text);
    if (BYLINE_LINE.test(l.text) && drafts.length < 2 && !item.byline) {
      item.byline = cleanByline(l.text, { organisations: [] });
      continue;
    }
    const subhead = drafts.length > 0 && isSubhead(l, next);
    drafts.push({ kind: subhead ? 'h2' : 'p', units: [lineToBuilt(l)] });
  }

  // After the story: the wire credit and copyright lines (in either order, among furniture).
  for (let k = end; k < Math.min(lines.length, end + 12); k++) {
    const t = lines[k]!.text;
    const credit = matchWireCreditLine(t);
    if (credit && !item.credit) {
      item.credit = credit;
      if (credit !== t) item.warnings.push(`credit line "${t}" read as "${credit}"`);
      item.repairs.push(...tagRepairs('credit', lines[k]!.repairs));
    } else if (matchCopyrightLine(t) && !item.copyright) {
      item.copyright = t;
      item.copyright_holder = copyrightHolderOf(t);
      item.repairs.push(...tagRepairs('copyright', lines[k]!.repairs));
    }
  }
  const dropped = lines.length - drafts.length - captions.length - (headline ? 1 : 0);
  if (dropped > 0) item.warnings.push(`${dropped} lines of site furniture (navigation, repeats, share and teaser lists) left out`);

  setItemBody(item, drafts, captions, 'in the page text');

  const lead = matchDatelineLeadIn(drafts.find((d) => d.kind === 'p')?.units[0]?.text ?? '');
  if (lead) {
    item.dateline_raw = lead.raw;
    item.dateline = lead.place;
    item.agency = lead.source;
    item.credit ??= lead.source; // no credit line: the agency named in the dateline is the credit
  }
  const prose = drafts.map((d) => d.units[0]?.text ?? '').join('\n');
  item.language = inferLanguageFromText(prose) ?? inferLatinLanguage(prose);
  if (item.language) item.warnings.push(`language inferred from the text: "${item.language}"`);
  return item;
}

function lastIndexWhere<T>(list: T[], test: (t: T) => boolean): number {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k]!)) return k;
  return -1;
}

/** A short line without closing punctuation, with a paragraph after it: a subhead. */
function isSubhead(l: TextLine, next: TextLine | undefined): boolean {
  return (
    l.text.length <= 80 &&
    wordCount(l.text) <= 12 &&
    !/[.!?:;,"”’»)…]$/.test(l.text) &&
    !!next &&
    next.index > l.index + 1 &&
    paragraphShaped(next.text)
  );
}

/** Caption line, with its credit printed inside it or on the line right after it. */
function captionFrom(line: TextLine, after: TextLine | undefined, afterBlock: number): { caption: PlacedCaption; usedCreditLine: boolean } {
  const split = splitCaptionCredit(line.text);
  let credit = split.credit;
  const usedCreditLine = !credit && !!after && after.index === line.index + 1 && looksLikeCredit(after.text);
  if (usedCreditLine) credit = cleanCredit(after.text);
  const b = new ParagraphBuilder();
  b.add(split.text);
  const built = b.build();
  const repairs = line.repairs.filter((r) => r.end <= split.text.length);
  return { caption: { text: { ...built, repairs }, credit, src: null, afterBlock }, usedCreditLine };
}

/**
 * Is this plain text the text of a saved web page rather than agency copy? Signs of a page: a
 * headline-sized line repeated verbatim, tag lists, share/paywall/"most read" phrases, "Today:"
 * lines, navigation lines at the top. Agency framing (control codes, ZCZC, caret headers) says no.
 */
export function looksLikePageText(text: string): boolean {
  if (typeof text !== 'string' || !text.trim()) return false;
  const head = text.slice(0, 200_000);
  if (/[\u0001-\u0004\u0016]/.test(head.slice(0, 2000)) || /^\s*ZCZC/.test(head) || /^\^/m.test(head.slice(0, 2000))) return false;
  const lines = head
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, 3000);
  if (lines.length < 5) return false;
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  let score = 0;
  const repeats = [...counts.entries()].filter(([l, n]) => n >= 2 && headlineShaped(l)).length;
  if (repeats >= 1) score += 2;
  if (repeats >= 3) score += 1;
  score += Math.min(3, lines.filter((l) => isFurniturePhrase(l)).length);
  if (lines.some((l) => isTagList(l) && l.includes('|'))) score += 2;
  if (lines.some(isDateFurniture)) score += 1;
  if (lines.slice(0, 5).some((l) => isNavigationLine(l) && wordCount(l) >= 2)) score += 1;
  return score >= 4;
}
