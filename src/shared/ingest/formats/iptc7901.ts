// IPTC 7901 (dpa, ATS/SDA): SOH, header line "<source+seq> <priority> <category> <words> …",
// keyword line(s) ending "/", STX, take keys, headline and by-line ending " =", hard-wrapped body,
// ETX and the "DDHHMM GMT Mon YY" trailer. Also reads the layout with all control characters
// stripped (plain-text/dpa.txt), which is why nothing here depends on SOH or STX being present.
import { newDraft, type DraftWire } from '../draft';
import { looksLikeByline } from '../fields/byline';
import { parse7901Trailer } from '../fields/dates';
import { clean, collapse } from '../fields/text';
import { ETX, SOH, splitLines, stripControls, STX, teletypeBlocks } from './teletype';

export const HEADER_7901 = /^\s*([A-Za-z]{1,4}\d{2,6})\s+(\d)\s+([A-Za-z]{1,3})\s+(\d{1,5})\b\s*(.*)$/;
const TAKE_KEY =
  /^(?:\d+\.?\s*(?:ST|ND|RD|TH)?\s*(?:LEAD|NET|ADD|UPDATE|TAKE|NEUFASSUNG|ZUSAMMENFASSUNG)|REFILE|EXTRA|CORRECTION|CORRECTED|URGENT|ADVISORY|SUBSTITUTE|REPEAT|BERICHTIGUNG|KORREKTUR|EILT|EILMELDUNG|WDH|WIEDERHOLUNG|ROUNDUP|ZUSAMMENFASSUNG|NEUFASSUNG|FLASH|BULLETIN)$/i;
const BY_START = /^(?:by|von|par|por|de|di|av|door)\s+\p{Lu}/iu;

function isTakeKey(line: string): boolean {
  const t = line.trim();
  return TAKE_KEY.test(t) || (t.length <= 24 && /^[\p{Lu}\d .-]+$/u.test(t) && /\d/.test(t) && t.split(/\s+/).length <= 3);
}

export function parseIptc7901(text: string): DraftWire {
  const d = newDraft();
  const etx = text.indexOf(ETX);
  const main = etx >= 0 ? text.slice(0, etx) : text;
  const trailer = etx >= 0 ? collapse(stripControls(text.slice(etx + 1).split(/\r\n|\r|\n/)[0] ?? '')) : '';
  const soh = main.indexOf(SOH);
  let lines = splitLines(soh >= 0 ? main.slice(soh + 1) : main);
  while (lines.length && !stripControls(lines[0]!).trim()) lines.shift();

  const header = HEADER_7901.exec(stripControls(lines.shift() ?? ''));
  if (header) {
    d.agency_id = header[1]!;
    d.priority = header[2]!;
    d.categories.push(header[3]!);
    const tail = header[5] ?? '';
    const agency = /\b(dpa(?:-[a-z]+)?|ats|sda|apa|afp|kna|epd|sid)\b/i.exec(tail);
    if (agency) d.agency = agency[1]!;
  } else d.warnings.push('no 7901 header line found');

  // Keyword lines: before STX when there is one; else the lines that end in "/".
  const stx = lines.findIndex((l) => l.includes(STX));
  const keywords: string[] = [];
  if (stx >= 0) {
    for (const l of lines.slice(0, stx)) if (clean(stripControls(l))) keywords.push(stripControls(l).trim());
    lines[stx] = lines[stx]!.slice(lines[stx]!.indexOf(STX) + 1);
    lines = lines.slice(stx);
  } else {
    while (lines.length && (!lines[0]!.trim() || /\/\s*$/.test(lines[0]!))) {
      const l = lines.shift()!.trim();
      if (l) keywords.push(l);
    }
  }
  const parts = keywords
    .flatMap((k) => k.split('/'))
    .map((k) => k.trim())
    .filter(Boolean);
  if (parts.length) {
    d.slug = parts.join('/');
    d.categories.push(...parts);
  }

  // The header block ends with the line that ends in "=" (headline or by-line).
  const end = lines.slice(0, 12).findIndex((l) => /=\s*$/.test(stripControls(l)));
  const headLines = (end >= 0 ? lines.slice(0, end + 1) : lines.slice(0, 1))
    .map((l) => collapse(stripControls(l)).replace(/\s*=$/, ''))
    .filter(Boolean);
  const body = end >= 0 ? lines.slice(end + 1) : lines.slice(1);
  const takes: string[] = [];
  const kickers: string[] = [];
  let by: string | null = null;
  if (headLines.length > 1 && BY_START.test(headLines[headLines.length - 1]!) && looksLikeByline(headLines[headLines.length - 1]))
    by = headLines.pop()!;
  const headline = headLines.pop() ?? null;
  for (const l of headLines) (isTakeKey(l) ? takes : kickers).push(l);
  d.headline = headline;
  d.byline = by;
  if (takes.length) d.take_key = takes.join(' / ');
  if (kickers.length) d.warnings.push(`header line(s) above the headline not used: ${kickers.map((k) => `"${k}"`).join(', ')}`);

  d.blocks = teletypeBlocks(body, false);
  if (trailer) {
    d.date_raw = trailer;
    d.date = parse7901Trailer(trailer);
  } else {
    const last = [...body].reverse().find((l) => l.trim());
    const date = last ? parse7901Trailer(last) : null;
    if (date && last) {
      d.date = date;
      d.date_raw = last.trim();
      d.blocks.pop();
    }
  }
  return { format: 'iptc-7901', items: [d], warnings: [] };
}
