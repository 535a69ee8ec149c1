// Field offsets ↔ editor lines: the alignment jump, fix and the underlines rely on.
import { describe, expect, it } from 'vitest';
import { alignLines, piecesOf } from '../../../src/renderer/features/checks/lineMap';

describe('alignLines', () => {
  it('finds each line of a body (blocks joined by a blank line, line breaks by one newline)', () => {
    const text = 'First para.\n\nSecond line one\nsecond line two\n\nThird.';
    expect(alignLines(text, ['First para.', 'Second line one', 'second line two', 'Third.'])).toEqual([0, 13, 29, 46]);
  });

  it('skips the empty paragraphs find leaves out', () => {
    const text = 'A\n\n\n\nB';
    expect(alignLines(text, ['A', 'B'])).toEqual([0, 5]);
  });

  it('places a line whose outer spaces a one-line field trimmed before the text', () => {
    expect(alignLines('Council meets', ['  Council meets  '])).toEqual([-2]);
  });

  it('handles repeated lines in order', () => {
    expect(alignLines('MORE\n\nMORE', ['MORE', 'MORE'])).toEqual([0, 6]);
  });

  it('is null when the text changed since it was checked', () => {
    expect(alignLines('The cat sat.', ['The dog sat.'])).toBeNull();
    expect(alignLines('One\n\nTwo', ['One'])).toBeNull();
    expect(alignLines('One', ['One', 'Two'])).toBeNull();
  });

  it('refuses a match further on that skips real text', () => {
    // "B" occurs after "X", but X is text the editor no longer has.
    expect(alignLines('A\n\nX\n\nB', ['A', 'B'])).toBeNull();
  });
});

describe('piecesOf', () => {
  const lines = ['The the cat', 'sat on TK'];
  const starts = [0, 13];

  it('maps a range inside one line to that line', () => {
    expect(piecesOf(starts, lines, 20, 22)).toEqual([{ line: 1, start: 7, end: 9 }]);
  });

  it('splits a range across a break into one piece per line', () => {
    expect(piecesOf(starts, lines, 8, 16)).toEqual([
      { line: 0, start: 8, end: 11 },
      { line: 1, start: 0, end: 3 },
    ]);
  });

  it('keeps an empty range on the line it starts in, once', () => {
    expect(piecesOf(starts, lines, 11, 11)).toEqual([{ line: 0, start: 11, end: 11 }]);
  });

  it('gives nothing for a range that lies only in the separator', () => {
    expect(piecesOf(starts, lines, 11, 13)).toEqual([]);
  });

  it('counts offsets from a trimmed line’s own start', () => {
    expect(piecesOf([-2], ['  Council TK'], 8, 10)).toEqual([{ line: 0, start: 10, end: 12 }]);
  });
});
