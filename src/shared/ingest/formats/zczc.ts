// AAP teletype framing: "ZCZC <service>" … "NNNN", with one-character sigils on header lines. In
// AAP's broadcast ("BOB") items: % category, # slug, $ headline, : dateline or time, & sending
// system/user (not a by-line), * IPTC subject, ~ genre, @ state. Body paragraphs are blank-line
// separated and often indented; "AAP RTV"-style sign-offs become editorial notes.
import { newDraft, type DraftWire } from '../draft';
import { placeFromDateline } from '../fields/dateline';
import { collapse } from '../fields/text';
import { splitLines, stripControls, teletypeBlocks } from './teletype';

const SIGIL = /^([%#$:&*~@])(.*)$/;

export function parseZczc(text: string): DraftWire {
  const d = newDraft();
  const start = text.search(/ZCZC/);
  const endAt = text.lastIndexOf('NNNN');
  const inner = text.slice(start >= 0 ? start : 0, endAt > start ? endAt : undefined);
  const lines = splitLines(inner);
  const first = collapse(stripControls(lines.shift() ?? '')).replace(/^ZCZC\s*/, '');
  if (first) {
    d.agency = first.split(/\s+/)[0] ?? null;
    d.credit = d.agency;
  }
  let i = 0;
  for (; i < lines.length; i++) {
    const line = stripControls(lines[i]!).trim();
    const m = SIGIL.exec(line);
    if (!m) break;
    const value = collapse(m[2]);
    if (!value) continue;
    switch (m[1]) {
      case '%':
        d.categories.push(value);
        break;
      case '#':
        d.slug = value;
        break;
      case '$':
        d.headline = value;
        break;
      case ':': {
        const place = placeFromDateline(value);
        if (place) {
          d.dateline = place;
          d.dateline_raw = value;
        }
        break;
      }
      case '&':
        break; // the sending system and user: not for the story
      case '*':
      case '~':
      case '@':
        d.categories.push(value);
        break;
    }
  }
  d.blocks = teletypeBlocks(lines.slice(i), true);
  return { format: 'zczc', items: [d], warnings: [] };
}
