// Words of a text for the rewrite tools: Intl.Segmenter words (so Thai, Chinese and Japanese split
// right), each with a matching key that ignores case and punctuation, its "outer" extent (the word
// plus the punctuation glued to it, for cutting and splicing passages) and whether it sits in a quote.

export interface WordToken {
  /** The word as written. */
  text: string;
  /** Matching key: lower case, NFKC, punctuation and symbols removed ("U.S." → "us", "don’t" → "dont"). */
  norm: string;
  start: number;
  end: number;
  /** The word with the punctuation attached to it (opening quote before, full stop after). */
  outerStart: number;
  outerEnd: number;
  /** Inside quotation marks (“…”, "…", «…», „…“) within its paragraph. */
  quoted: boolean;
  /** The whitespace before this word holds a line break (a new paragraph or line starts here). */
  newLine: boolean;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const PUNCTUATION = /[\p{P}\p{S}]/gu;
const SPACE = /\s/;

export function normWord(word: string): string {
  return word.toLowerCase().normalize('NFKC').replace(PUNCTUATION, '');
}

/**
 * Quotation state across a paragraph. Kept deliberately shallow (one level): nested quotes use
 * single marks, which we do not track because ’ is also the apostrophe. A mark opens a quote only
 * where an opening mark can stand (after a space or an opening bracket, before a non-space), so a
 * stray closing mark — or one inside mojibake like "â€”" — does not quote the rest of a paragraph.
 */
const OPENERS: Record<string, string> = {
  '„': '“”',
  '“': '”',
  '”': '”', // Swedish and Finnish open and close with ”
  '«': '»',
  '»': '«', // Danish »…«
  '"': '"',
};
const BEFORE_OPENING = /[\s([{\u2014\u2013-]/;

class QuoteState {
  private closers: string | null = null;

  get open(): boolean {
    return this.closers !== null;
  }

  reset(): void {
    this.closers = null;
  }

  see(ch: string, prev: string | undefined, next: string | undefined): void {
    if (this.closers !== null) {
      // The expected mark closes; so does any quotation mark glued to the word before it, since
      // copy often mixes styles ("We are back,” she said) after an edit or a repair.
      if (this.closers.includes(ch) || (ch in OPENERS && prev !== undefined && !/\s/.test(prev))) this.closers = null;
      return;
    }
    const closers = OPENERS[ch];
    const leftFlanking = (prev === undefined || BEFORE_OPENING.test(prev)) && next !== undefined && !/\s/.test(next);
    if (closers && leftFlanking) this.closers = closers;
  }
}

/** Scan the text between two words: update quote state; report whether it crossed a line break. */
function scanGap(text: string, from: number, to: number, quotes: QuoteState): boolean {
  let newLine = false;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      newLine = true;
      // Quotes do not run across paragraphs: a missing closing mark spoils at most one paragraph.
      quotes.reset();
    } else quotes.see(ch, text[i - 1], text[i + 1]);
  }
  return newLine;
}

/** Segmenting a long string costs far more than linear time in V8 (seconds for a long story);
 * words never span whitespace, so pieces cut at a whitespace character segment the same. */
const CHUNK = 256;
function* chunks(text: string): Generator<[number, number]> {
  const space = /\s/g;
  let from = 0;
  while (from < text.length) {
    space.lastIndex = Math.min(text.length, from + CHUNK);
    const next = space.exec(text);
    const to = next ? next.index + 1 : text.length;
    yield [from, to];
    from = to;
  }
}

/** The words of `text`, in order. Segments with no letters or digits left after norm are skipped. */
export function tokenize(text: string): WordToken[] {
  const out: WordToken[] = [];
  const quotes = new QuoteState();
  let cursor = 0;
  for (const [from, to] of chunks(text)) {
    for (const seg of segmenter.segment(text.slice(from, to))) {
      if (!seg.isWordLike) continue;
      const norm = normWord(seg.segment);
      if (!norm) continue;
      const start = from + seg.index;
      const newLine = scanGap(text, cursor, start, quotes);
      cursor = start + seg.segment.length;
      out.push({ text: seg.segment, norm, start, end: cursor, outerStart: start, outerEnd: cursor, quoted: quotes.open, newLine });
    }
  }
  // A closing mark right after the last quoted word still belongs to it; scanning the tail keeps
  // state right for callers that tokenise pieces, and costs nothing.
  scanGap(text, cursor, text.length, quotes);
  attachPunctuation(text, out);
  return out;
}

/** Give each word the non-space characters around it: up to the space, or up to the next word. */
function attachPunctuation(text: string, tokens: WordToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const limit = i + 1 < tokens.length ? tokens[i + 1]!.start : text.length;
    let e = t.end;
    while (e < limit && !SPACE.test(text[e]!)) e++;
    t.outerEnd = e;
    const floor = i > 0 ? tokens[i - 1]!.outerEnd : 0;
    let s = t.start;
    while (s > floor && !SPACE.test(text[s - 1]!)) s--;
    t.outerStart = s;
  }
}

/** Small integers for strings, so sequence comparison is cheap (one table per comparison). */
export class Interner {
  private readonly ids = new Map<string, number>();

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}
