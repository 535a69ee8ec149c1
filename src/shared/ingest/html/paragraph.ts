// Builds one paragraph (or caption, headline...) from pieces of text: every piece goes through the
// shared repair engine first, whitespace is then collapsed across pieces, and each repair's offsets
// are carried over to the finished paragraph's plain text so an editor can see and undo it.
import { runsToInlineHtml, type InlineRun } from '../inline';
import { collapseSpace } from '../markup/tree';
import { repairText } from '../repair/index';
import type { TextRepair } from '../types';

export interface Marks {
  em?: boolean;
  strong?: boolean;
  href?: string | null;
}

export interface BuiltText {
  /** Minimal inline HTML (escaped text, <em>, <strong>, <a href>). */
  html: string;
  /** The same paragraph as plain text; repair offsets refer to this. */
  text: string;
  repairs: TextRepair[];
}

const SPACE = /[\s\u00a0\u200b\u3000]/;

export class ParagraphBuilder {
  private runs: InlineRun[] = [];
  private repairs: TextRepair[] = [];
  private text = '';
  private pendingSpace = false;

  /** Append raw text (as found in the source) with the given marks. */
  add(raw: string, marks: Marks = {}): void {
    if (!raw) return;
    const repaired = repairText(raw);
    // Most text needs no repair: collapse it without building an offset map.
    const { text, map } = repaired.repairs.length ? collapseWithMap(repaired.text) : { text: collapseSpace(repaired.text), map: [] };
    const leading = SPACE.test(repaired.text[0] ?? '');
    const trailing = SPACE.test(repaired.text[repaired.text.length - 1] ?? '');
    if (!text) {
      if (leading || trailing) this.pendingSpace = true;
      return;
    }
    const spaced = (this.pendingSpace || leading) && this.text.length > 0;
    if (spaced) this.appendSpace(marks);
    const base = this.text.length;
    this.appendRaw(text, marks);
    for (const r of repaired.repairs) {
      const start = base + (map[r.start] ?? text.length);
      const end = base + (map[r.end] ?? text.length);
      this.repairs.push({ ...r, start, end: Math.max(start, end) });
    }
    this.pendingSpace = trailing;
  }

  /** A soft break between pieces (element boundary, <br>): at most one space. */
  space(): void {
    this.pendingSpace = true;
  }

  isEmpty(): boolean {
    return this.text.length === 0;
  }

  plainText(): string {
    return this.text;
  }

  build(): BuiltText {
    return { html: runsToInlineHtml(this.runs), text: this.text, repairs: this.repairs };
  }

  private appendRaw(text: string, marks: Marks): void {
    const last = this.runs[this.runs.length - 1];
    if (last && sameMarks(last, marks)) last.text += text;
    else this.runs.push({ text, em: !!marks.em, strong: !!marks.strong, href: marks.href ?? null });
    this.text += text;
  }

  /** A space between words stays outside emphasis and links ("<em>a</em> b", not "<em>a </em>b"). */
  private appendSpace(next: Marks): void {
    const last = this.runs[this.runs.length - 1];
    if (last && sameMarks(last, next)) last.text += ' ';
    else if (last && isPlain(last)) last.text += ' ';
    else this.runs.push({ text: ' ' });
    this.text += ' ';
  }
}

function sameMarks(run: InlineRun, marks: Marks): boolean {
  return !!run.em === !!marks.em && !!run.strong === !!marks.strong && (run.href ?? null) === (marks.href ?? null);
}

function isPlain(run: InlineRun): boolean {
  return !run.em && !run.strong && !run.href;
}

/** Plain text through repair and whitespace collapse, with repairs mapped to the result. */
export function buildPlain(raw: string): { text: string; repairs: TextRepair[] } {
  const b = new ParagraphBuilder();
  b.add(raw);
  const { text, repairs } = b.build();
  return { text, repairs };
}

/**
 * Collapse runs of whitespace to one space and trim, returning for every index of the input the
 * index it lands on in the output (so offsets can follow the text).
 */
export function collapseWithMap(input: string): { text: string; map: number[] } {
  const map: number[] = new Array<number>(input.length + 1);
  let out = '';
  let inSpace = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    map[i] = out.length;
    if (SPACE.test(ch)) {
      inSpace = true;
      continue;
    }
    if (inSpace && out.length > 0) {
      out += ' ';
      map[i] = out.length;
    }
    inSpace = false;
    out += ch;
  }
  map[input.length] = out.length;
  return { text: out, map };
}
