// Plain text copy (PR Newswire / AsiaNet releases and anything else without markup): release
// header lines ("Source:", "MEDIA RELEASE PR67276"), a headline that may wrap over two lines,
// then blank-line paragraphs. A dateline standing on its own line is joined to the paragraph it
// introduces, as PR Newswire sends it ("AUSTIN, Texas, Feb. 1, 2017 /PRNewswire-AsiaNet/ -- …").
import { blockText, newDraft, type DraftWire } from '../draft';
import { findLeadIn } from '../fields/dateline';
import { collapse, isBlank } from '../fields/text';
import { HEURISTIC_WINDOW } from '../limits';
import { plainTextBlocks } from './shared';
import { splitLines, stripControls } from './teletype';

export function parsePlainText(text: string): DraftWire {
  const d = newDraft();
  const lines = splitLines(text).map(stripControls);
  let i = 0;
  const skipBlank = (): void => {
    while (i < lines.length && isBlank(lines[i]!)) i++;
  };
  skipBlank();
  for (; i < lines.length; i++) {
    const line = collapse(lines[i]);
    const source = /^Source:\s*(.+)$/i.exec(line);
    const release = /^(?:MEDIA|PRESS|NEWS)\s+RELEASE\b\s*(\S+)?$/i.exec(line);
    if (source) d.ednotes.push(`Source: ${source[1]!}`);
    else if (release) {
      if (release[1]) d.agency_id = release[1];
    } else break;
  }
  skipBlank();
  const group: string[] = [];
  let j = i;
  while (j < lines.length && !isBlank(lines[j]!) && group.length < 4) group.push(collapse(lines[j++]));
  const headline = group.join(' ');
  if (group.length && group.length <= 3 && headline.length <= 250 && (j >= lines.length || isBlank(lines[j]!))) {
    d.headline = headline;
    i = j;
  } else d.warnings.push('no headline line found');

  const blocks = plainTextBlocks(lines.slice(i).join('\n'));
  const [first, next] = blocks;
  if (first?.kind === 'p' && next?.kind === 'p') {
    const t = collapse(blockText(first).slice(0, HEURISTIC_WINDOW));
    const lead = findLeadIn(`${t} `);
    const nextText = blockText(next).trimEnd();
    if (lead && lead.raw.length >= t.length - 1 && nextText.length >= 80 && /[.!?"”)]$/.test(nextText)) {
      blocks.splice(0, 2, { kind: 'p', runs: [...first.runs, { text: ' ' }, ...next.runs] });
    }
  }
  d.blocks = blocks;
  return { format: 'plain-text', items: [d], warnings: [] };
}
