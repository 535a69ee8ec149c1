// Caps on input size and parsing work, so no wire file (hostile or broken) can hang or exhaust a
// parser. One place, so the numbers are easy to find and to test against.

/** Default largest file we parse (`maxBytes` option overrides). Real wire items are a few KB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Items per file: a newsMessage or a JSON feed page with more is cut here, with a warning. */
export const MAX_ITEMS = 2000;
/** Body blocks per item: more are dropped with a warning (a story has tens, a table hundreds). */
export const MAX_BLOCKS = 20000;
/** XML/HTML element nesting: legitimate news XML is under 30 deep. */
export const MAX_DEPTH = 256;
/** Elements in one XML document. */
export const MAX_ELEMENTS = 2_000_000;
/** JSON nesting depth (checked before JSON.parse, which would otherwise recurse). */
export const MAX_JSON_DEPTH = 256;
/** Characters of a paragraph examined by heuristics (dateline, sign-off, by-line detection). */
export const HEURISTIC_WINDOW = 400;
