import { describe, expect, it } from 'vitest';
import { rewriteShare } from '../../../src/shared/rewrite';

const WIRE = [
  'NORTH BAY (STW) — Ferries to the outer islands sailed again on Monday after a three-day storm kept the fleet in port.',
  'The operator said all routes would run to the normal timetable by Wednesday, weather permitting.',
  '“We are relieved and grateful to the crews,” said captain Mara Lind, who has sailed the route for 20 years.',
].join('\n\n');

describe('rewriteShare', () => {
  it('is 0 for the wire copy as sent, and for an empty story', () => {
    expect(rewriteShare(WIRE, WIRE)).toMatchObject({ share: 0, newWords: 0 });
    expect(rewriteShare('', WIRE)).toMatchObject({ share: 0, words: 0 });
  });

  it('is 1 for a story that shares no words with the wire, and when there is no wire text', () => {
    expect(rewriteShare('Völlig andere Wörter hier.', WIRE).share).toBe(1);
    expect(rewriteShare('Any words at all.', '').share).toBe(1);
  });

  it('ignores case and punctuation when matching words', () => {
    const shouted = WIRE.toUpperCase().replace(/[,.;:—()]/g, ' ');
    expect(rewriteShare(shouted, WIRE).share).toBe(0);
  });

  it('counts the editor’s own sentences as new, and the kept ones as taken', () => {
    const story = [
      'Island ferries are running again.',
      'Ferries to the outer islands sailed again on Monday after a three-day storm kept the fleet in port.',
    ].join('\n\n');
    const r = rewriteShare(story, WIRE);
    expect(r.words).toBe(24);
    expect(r.newWords).toBe(5);
    expect(r.share).toBeCloseTo(5 / 24, 5);
  });

  it('does not credit the wire for common words that merely coincide ("of the", "said")', () => {
    const story = 'The mayor said the bridge would open in the spring of the next year.';
    expect(rewriteShare(story, WIRE).share).toBe(1);
  });

  it('counts a passage the editor moved elsewhere as taken from the wire', () => {
    const paragraphs = WIRE.split('\n\n');
    const moved = [paragraphs[2], paragraphs[0], paragraphs[1]].join('\n\n');
    const r = rewriteShare(moved, WIRE);
    expect(r.share).toBe(0);
    expect(r.movedWords).toBeGreaterThan(0);
  });

  it('reports quoted words apart, in every quotation style', () => {
    const r = rewriteShare(WIRE, WIRE);
    expect(r.quoted).toEqual({ words: 8, keptWords: 8 });
    for (const [open, close] of [
      ['"', '"'],
      ['«', '»'],
      ['„', '“'],
      ['“', '”'],
    ]) {
      const story = `The captain spoke. ${open}We are relieved and grateful to the crews${close} she said.`;
      const q = rewriteShare(story, WIRE).quoted;
      expect(q, `${open}…${close}`).toEqual({ words: 8, keptWords: 8 });
    }
  });

  it('does not take a stray closing mark (or one inside mojibake) for the start of a quote', () => {
    expect(rewriteShare('NORTH BAY (STW) â€” Ferries sailed again on Monday.', WIRE).quoted.words).toBe(0);
    expect(rewriteShare('He said it was over” and left.', WIRE).quoted.words).toBe(0);
    expect(rewriteShare('Han sa ”vi är tillbaka” i dag.', WIRE).quoted.words).toBe(3);
    expect(rewriteShare('"We are back,” she said.', WIRE).quoted.words).toBe(3);
  });

  it('keeps an unclosed quote from running past its paragraph', () => {
    const r = rewriteShare('“This quote never closes\n\nThis paragraph is not quoted.', WIRE);
    expect(r.quoted.words).toBe(4);
  });

  it('counts words in scripts written without spaces', () => {
    const thai = 'เรือข้ามฟากกลับมาให้บริการอีกครั้ง';
    const r = rewriteShare(thai, thai);
    expect(r.words).toBeGreaterThan(2);
    expect(r.share).toBe(0);
    expect(rewriteShare('東京で新しい橋が開通した。', thai).share).toBe(1);
  });
});

describe('alignment is bounded by edit length, not by the clock', () => {
  it('gives the same figure for long, heavily rewritten copy every time, and never gives up to 100%', async () => {
    const { rewriteShare } = await import('../../../src/shared/rewrite/share');
    // Generated copy: a 6,000-word wire story; the rewrite keeps every other sentence and adds new ones.
    const words = 'council harbour bridge budget minister storm ferry court election market river school'.split(' ');
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const sentence = (n: number) =>
      Array.from({ length: 12 }, (_, k) => `${words[Math.floor(rand() * words.length)]}${(n * 13 + k) % 97}`).join(' ') + '.';
    const wire = Array.from({ length: 500 }, (_, n) => sentence(n));
    const story = wire.flatMap((s, n) => (n % 2 ? [s] : [sentence(n + 1000)]));
    const first = rewriteShare(story.join(' '), wire.join(' '));
    expect(first.share).toBeGreaterThan(0.3);
    expect(first.share).toBeLessThan(0.7);
    expect(rewriteShare(story.join(' '), wire.join(' ')).share).toBe(first.share);
  });
});

describe('anchor alignment (the last resort)', () => {
  it('pairs words of unique shared runs, in order, and extends them', async () => {
    const { anchorAlign } = await import('../../../src/shared/rewrite/align');
    const run = (from: number) => Array.from({ length: 10 }, (_, k) => from + k);
    const a = [...run(100), 1, 2, 3, ...run(200), ...run(300)];
    const b = [9, ...run(100), 7, ...run(300), ...run(200)];
    const pairs = anchorAlign(a, b);
    // run(100) lines up; of run(200) and run(300) only one can keep the order (the longest chain).
    expect(pairs.filter(([i]) => i < 10)).toEqual(run(0).map((i) => [i, i + 1]));
    expect(pairs.length).toBe(20);
    for (let k = 1; k < pairs.length; k++) {
      expect(pairs[k]![0]).toBeGreaterThan(pairs[k - 1]![0]);
      expect(pairs[k]![1]).toBeGreaterThan(pairs[k - 1]![1]);
    }
    expect(anchorAlign([1, 2, 3], [1, 2, 3])).toEqual([]);
  });
});
