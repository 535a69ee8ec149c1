import { describe, expect, it } from 'vitest';
import { parseWire } from '../../../src/shared/ingest';
import type { ParsedItem } from '../../../src/shared/ingest/types';
import { fieldText, findRepairInStory, segmentsOf, wireBodyText, wireFields } from '../../../src/shared/rewrite';
import { ninjsItem, utf8 } from '../../support/wireFixtures';

function parsed(body: string): ParsedItem {
  const result = parseWire(utf8(ninjsItem({ body })), 'ferry.json');
  if (!result.ok) throw new Error(result.error.message);
  return result.value.items[0]!;
}

// The repairs are written by hand (not left to the repair engine's judgement), as the importer
// records them: offsets into the repaired paragraph text. "â€”" and "Ã©" are UTF-8 read as cp1252.
const P1 = 'NORTH BAY (STW) — Ferries to the café islands sailed again.';
const DAMAGED: ParsedItem = {
  ...parsed(`<p>${P1}</p><p>The operator said <em>all</em> routes would run.</p>`),
  repairs: [
    { field: 'body', index: 0, rule: 'mojibake:cp1252', start: 16, end: 17, from: 'â€”', to: '—' },
    { field: 'body', index: 0, rule: 'mojibake:cp1252', start: 36, end: 37, from: 'Ã©', to: 'é' },
  ],
};

describe('wireFields', () => {
  const item = DAMAGED;
  const { fields, unplaced } = wireFields(item);

  it('lists the fields in reading order with each repair on the text it changed', () => {
    expect(fields.map((f) => f.label)).toEqual(['Headline', 'Byline', 'Dateline', 'Paragraph 1', 'Paragraph 2', 'Credit', 'Copyright']);
    const p1 = fields[3]!;
    expect(p1.text).toBe('NORTH BAY (STW) — Ferries to the café islands sailed again.');
    expect(p1.repairs.map((r) => [r.repair.from, r.repair.to])).toEqual([
      ['â€”', '—'],
      ['Ã©', 'é'],
    ]);
    expect(unplaced).toEqual([]);
  });

  it('shows reverted repairs with the characters as they arrived', () => {
    const p1 = fields[3]!;
    const cafe = p1.repairs[1]!.index;
    expect(fieldText(p1, new Set([cafe]))).toBe('NORTH BAY (STW) — Ferries to the cafÃ© islands sailed again.');
    const segments = segmentsOf(p1, new Set([cafe]));
    expect(segments.filter((s) => s.repair).map((s) => [s.text, s.reverted])).toEqual([
      ['—', false],
      ['Ã©', true],
    ]);
    expect(wireBodyText(item)).toBe(
      'NORTH BAY (STW) — Ferries to the café islands sailed again.\n\nThe operator said all routes would run.',
    );
  });

  it('never places a repair whose offsets do not fit the text', () => {
    const tampered: ParsedItem = {
      ...item,
      repairs: [...item.repairs, { field: 'body', index: 1, rule: 'x', start: 3, end: 90, from: 'a', to: 'b' }],
    };
    const out = wireFields(tampered);
    expect(out.unplaced.map((u) => u.repair.rule)).toEqual(['x']);
  });

  it('finds the repaired passage in the story by the words around it, only when it is unambiguous', () => {
    const p1 = fields[3]!;
    const cafe = p1.repairs[1]!;
    const story = 'Ferries are back.\n\nFerries to the café islands sailed again, the operator said.';
    const found = findRepairInStory(p1, cafe, story)!;
    expect(story.slice(found.start, found.end)).toBe('é');
    expect(findRepairInStory(p1, cafe, 'The café is closed.')).toBeNull();
    expect(findRepairInStory(p1, cafe, `${story} ${story}`)).toBeNull();
  });
});
