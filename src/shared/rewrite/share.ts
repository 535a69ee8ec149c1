// How much of a story is rewritten: the share of its body's words not taken from the wire, by a
// word-level diff (case and punctuation ignored). A word counts as taken when it lies in a run of
// at least three words the diff keeps in order, or in a passage of five or more wire words the
// editor moved elsewhere. Quoted words are reported apart: quotes must stay verbatim.
import { alignIds, runLengths, sharedRuns } from './align';
import { Interner, tokenize, type WordToken } from './tokens';

/** A shorter kept run is coincidence ("of the"), not copy taken from the wire. */
export const MIN_KEPT_RUN = 3;
/** A moved passage must be longer, so common phrases elsewhere in the story do not count. */
export const MIN_MOVED_RUN = 5;

export interface RewriteShare {
  /** 0..1: the part of the story's words not taken from the wire. 0 for a story with no words. */
  share: number;
  words: number;
  newWords: number;
  keptWords: number;
  /** Of keptWords, those in passages the editor moved (not in the wire's order). */
  movedWords: number;
  /** Words inside quotation marks, and those of them taken from the wire. */
  quoted: { words: number; keptWords: number };
}

// The wire text stays the same while the editor types: tokenise it once.
let wireCache: { text: string; tokens: WordToken[] } | null = null;
function wireTokens(text: string): WordToken[] {
  if (wireCache?.text !== text) wireCache = { text, tokens: tokenize(text) };
  return wireCache.tokens;
}

export function rewriteShare(storyBodyText: string, wireBodyText: string): RewriteShare {
  const story = tokenize(storyBodyText);
  const wire = wireTokens(wireBodyText);
  const interner = new Interner();
  const s = story.map((t) => interner.id(t.norm));
  const w = wire.map((t) => interner.id(t.norm));
  // Texts shorter than a run still count when they match as a whole ("Storm" vs "storm").
  const minRun = Math.max(1, Math.min(MIN_KEPT_RUN, s.length, w.length));
  const runs = runLengths(alignIds(s, w, minRun), s.length);
  const moved = s.length >= MIN_MOVED_RUN && w.length >= MIN_MOVED_RUN ? sharedRuns(s, w, MIN_MOVED_RUN) : new Uint8Array(s.length);

  let keptWords = 0;
  let movedWords = 0;
  let quotedWords = 0;
  let quotedKept = 0;
  story.forEach((token, i) => {
    const inOrder = runs[i]! >= minRun;
    const kept = inOrder || moved[i] === 1;
    if (kept) keptWords++;
    if (kept && !inOrder) movedWords++;
    if (token.quoted) {
      quotedWords++;
      if (kept) quotedKept++;
    }
  });
  const words = story.length;
  const newWords = words - keptWords;
  return {
    share: words === 0 ? 0 : newWords / words,
    words,
    newWords,
    keptWords,
    movedWords,
    quoted: { words: quotedWords, keptWords: quotedKept },
  };
}
