// Field offsets ↔ editor lines. A finding's offsets count in the field's text (body blocks joined
// by "\n\n", lines by "\n"); find and replace reads an editor as lines of text with their Lexical
// text runs (features/find/storyText.ts). This lines the two up, so jump, fix and underlines reuse
// find's run mapping instead of a second walk over the editor. Pure: tested in tests/node/checks-ui.

/** One line's part of a range: offsets inside that line. */
export interface LinePiece {
  line: number;
  start: number;
  end: number;
}

const SEPARATOR = /^\s*$/;

/**
 * Where each line starts in the field text, or null when the lines are not the field's text (it
 * changed since it was checked). Only whitespace may sit between lines (block and line breaks, the
 * spaces a one-line field trims or joins lines with); empty lines, which find leaves out, are too.
 * A start may be negative: a line whose leading spaces the field trims starts before the text.
 */
export function alignLines(fieldText: string, lines: readonly string[]): number[] | null {
  const starts: number[] = [];
  let cursor = 0;
  for (const line of lines) {
    let at = fieldText.indexOf(line, cursor);
    if (at < 0 || !SEPARATOR.test(fieldText.slice(cursor, at))) {
      // The field keeps the line without its outer spaces (trimmed, or collapsed where lines join).
      const core = line.trim();
      if (!core) {
        // A line of spaces the field dropped: it sits where the text resumes, and holds nothing.
        starts.push(cursor);
        continue;
      }
      const lead = line.length - line.trimStart().length;
      at = fieldText.indexOf(core, cursor);
      if (at < 0 || !SEPARATOR.test(fieldText.slice(cursor, at))) return null;
      starts.push(at - lead);
      cursor = at + core.length;
      continue;
    }
    starts.push(at);
    cursor = at + line.length;
  }
  return SEPARATOR.test(fieldText.slice(cursor)) ? starts : null;
}

/** The parts of [start, end) that fall on each line (a range across a break touches two lines). */
export function piecesOf(starts: readonly number[], lines: readonly string[], start: number, end: number): LinePiece[] {
  const pieces: LinePiece[] = [];
  lines.forEach((line, i) => {
    const from = starts[i]!;
    const to = from + line.length;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    // An empty range (a finding about a missing word) sits on the line it starts in.
    if (e > s || (start === end && start >= from && start <= to && pieces.length === 0))
      pieces.push({ line: i, start: s - from, end: e - from });
  });
  return pieces;
}
