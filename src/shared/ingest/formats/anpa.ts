// ANPA-1312 (AP, Kyodo): SYN SYN SOH, a service/sequence line, a second header line
// "<priority> <category>" + format flags + keyword + take key + MM-DD + word count; STX; caret
// header lines ("^…<", by-lines "^…="); TAB-indented body; tabular rows → a table block; ETX with
// the "AP-WF-MM-DD-YY HHMMGMT" trailer. Kyodo's variant has no carets and 5-space indents.
import { newDraft, type DraftBlock, type DraftWire } from '../draft';
import { versionFromTakeKey } from '../fields/advisory';
import { looksLikeByline } from '../fields/byline';
import { parseAnpaTrailer } from '../fields/dates';
import { isEdsNote } from '../fields/ednotes';
import { clean, collapse, isBlank } from '../fields/text';
import { ETX, SOH, splitLines, stripControls, STX, teletypeBlocks } from './teletype';

export const ANPA_HEADER = /^\s*([a-z])\s+([a-z])\s*[\u0011-\u0014]{0,2}\s*(\S.*?)\s+(\d{2}-\d{2})\s+(\d{3,5})\s*$/i;
const TABLE_ROW = /^[^;]*(?:;[^;]*){2,}$/;
const BY_START = /^(?:by|von|par|por)\s+\p{Lu}/iu;

/** "BC-AS--China-Daring Escape-ABRIDGED, 3rd Ld-Writethru,827" → slug, take key. */
function splitKeywordLine(line: string): { slug: string; take: string | null } {
  const parts = line
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > 1 && /^\d{1,5}$/.test(parts[parts.length - 1]!)) parts.pop(); // word count
  const slug = parts.shift() ?? line;
  return { slug, take: parts.length ? parts.join(', ') : null };
}

/** Body lines of a tabular item: semicolon rows → table, deeper-indented legend lines → pre, the rest paragraphs. */
function tabularBlocks(lines: string[]): DraftBlock[] {
  const out: DraftBlock[] = [];
  let prose: string[] = [];
  let rows: string[][] = [];
  let pre: string[] = [];
  const flush = (): void => {
    if (prose.length) out.push(...teletypeBlocks(prose, true));
    const header = rows.length > 1 && !/\d/.test(rows[0]!.join(''));
    if (rows.length) out.push({ kind: 'table', rows: rows.map((r) => r.map((text) => [{ text }])), header });
    if (pre.length) out.push({ kind: 'pre', text: pre.join('\n') });
    prose = [];
    rows = [];
    pre = [];
  };
  for (const raw of lines) {
    const line = stripControls(raw).replace(/<\s*$/, '');
    const t = line.trim();
    if (/^\^?END$/i.test(t)) continue;
    if (TABLE_ROW.test(t)) {
      if (prose.length || pre.length) flush();
      rows.push(t.split(';').map((c) => c.trim()));
    } else if (/^\t {4,}\S/.test(line) || (pre.length && t)) {
      if (prose.length || rows.length) flush();
      pre.push(t);
    } else {
      if (rows.length || pre.length) flush();
      prose.push(line);
    }
  }
  flush();
  return out;
}

export function parseAnpa(text: string): DraftWire {
  const d = newDraft();
  const etx = text.indexOf(ETX);
  const main = etx >= 0 ? text.slice(0, etx) : text;
  const trailer = etx >= 0 ? collapse(stripControls(text.slice(etx + 1).split(/\r\n|\r|\n|\u0004/)[0] ?? '').replace(/<\s*$/, '')) : '';
  const soh = main.indexOf(SOH);
  const stx = main.indexOf(STX);
  const headerLines = splitLines(main.slice(soh >= 0 ? soh + 1 : 0, stx >= 0 ? stx : undefined));
  // "W2870<US>asian", "a0105KYODO<US>koko-": sequence number, then the agency before the US character.
  const service = stripControls((headerLines[0] ?? '').split('\u001f')[0] ?? '').trim();
  const seq = /^([A-Za-z]?\d{3,5})([A-Za-z]*)/.exec(service);
  if (seq) {
    d.agency_id = seq[1]!;
    if (seq[2]) d.agency = seq[2];
  }
  const h = ANPA_HEADER.exec(headerLines.slice(1).find((l) => ANPA_HEADER.test(l)) ?? '');
  if (h) {
    d.priority = h[1]!;
    d.categories.push(h[2]!);
    const [kw, ...rest] = h[3]!.split(/\s+/);
    d.slug = kw ?? null;
    if (rest.length) d.take_key = rest.join(' ');
  } else d.warnings.push('no ANPA header line found');

  const lines = splitLines(stx >= 0 ? main.slice(stx + 1) : main);
  // Header lines run until the first indented (body) line.
  let i = 0;
  const head: string[] = [];
  for (; i < lines.length; i++) {
    const raw = stripControls(lines[i]!);
    if (/^(?:\t| {3,})\S/.test(raw) || /^(?:\t| {3,})\s*\S/.test(raw)) break;
    if (!isBlank(raw)) head.push(raw.trim());
  }
  const caret = head.some((l) => l.startsWith('^'));
  let gotKeyword = false;
  for (const l of head) {
    const line = l.replace(/^\^/, '');
    const ends = /=\s*$/.test(line) ? '=' : /<\s*$/.test(line) ? '<' : '';
    const t = collapse(line.replace(/\s*[<=+]\s*$/, ''));
    if (!t) continue;
    if (!gotKeyword && /^BC-/i.test(t)) {
      const k = splitKeywordLine(t);
      d.slug = k.slug;
      if (k.take) d.take_key = k.take;
      gotKeyword = true;
    } else if (
      isEdsNote(t) ||
      /^(?:AP|Kyodo|AFP) (?:Photos?|Graphics?|Video)\b/i.test(t) ||
      /^With (?:AP )?(?:Photos?|Graphics?|BC-)/i.test(t)
    ) {
      d.ednotes.push(t.replace(/^\((.*)\)$/, '$1'));
    } else if (ends === '=' && !d.byline && (BY_START.test(t) || looksLikeByline(t)) && d.headline) {
      d.byline = t;
    } else if (ends === '=' && d.byline && !d.byline_title) {
      d.byline_title = t;
    } else if (!d.headline) {
      d.headline = t;
    } else if (!caret) {
      d.headline = `${d.headline} ${t}`; // Kyodo wraps long headlines
    } else {
      d.ednotes.push(t);
    }
  }
  const body = lines.slice(i);
  // Tabular items (DC4 DC2 in the header, but Kyodo sets those on text too): decided by the rows.
  const tabular = body.filter((l) => TABLE_ROW.test(stripControls(l).trim().replace(/<$/, ''))).length >= 3;
  if (!d.headline && d.slug) {
    d.headline = d.slug.replace(/^BC-[A-Za-z]+--?/, '');
    d.warnings.push('no headline line; the keyword is used as the headline');
  }
  // Caret lines inside the body are format markers ("^END<"), not text.
  const bodyLines = body.filter((l) => !/^\^[A-Z]{2,8}<?\s*$/.test(stripControls(l).trim()));
  d.blocks = tabular
    ? tabularBlocks(bodyLines)
    : teletypeBlocks(
        bodyLines.map((l) => l.replace(/<\s*$/, '')),
        true,
      );
  d.version = versionFromTakeKey(d.take_key);
  if (trailer) {
    d.date_raw = trailer;
    d.date = parseAnpaTrailer(trailer);
    const agency = /^([A-Z]{2,6})-/.exec(trailer);
    if (agency && agency[1] !== 'KWS') d.agency ??= agency[1]!;
  }
  if (/``|''| _ /.test(main)) d.typography = 'ap-anpa';
  if (d.agency) d.agency = clean(d.agency.replace(/^KYODO$/i, 'Kyodo'));
  return { format: 'anpa-1312', items: [d], warnings: [] };
}
