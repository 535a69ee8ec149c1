// Escaping for the publish renderer: every string that reaches the page goes through one of these.
// Text is also cleaned of characters HTML forbids (controls, noncharacters, lone surrogates) so a
// stray byte from a wire file cannot make the page invalid or confuse a parser.

// Controls other than tab; noncharacters; lone surrogates. Line breaks are in the set because
// the template owns the page's lines: a break inside a text node reads as a space anyway, and a
// space left at the end of a line would fail the validator's no-trailing-whitespace rule.
const FORBIDDEN =
  /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_CLEANING = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;
const NEEDS_TEXT_WORK = /[&<>\u0000-\u0008\u000A-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;
const NEEDS_ATTR_WORK = /[&<>"\u0000-\u0008\u000A-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

function replacement(c: string): string {
  if (c === '\n' || c === '\r' || c === '\f' || c === '\v') return ' ';
  return c.length === 1 && c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : '';
}

/** Drop characters that may not appear in an HTML document; breaks become spaces, lone surrogates U+FFFD. */
export function cleanText(text: string): string {
  // Fast path: almost all text is clean, and a test is far cheaper than a replace.
  return NEEDS_CLEANING.test(text) ? text.replace(FORBIDDEN, replacement) : text;
}

/**
 * Replace &, <, > (and " for attributes) in one pass. A char-code loop beats chained regex
 * replaces on the short strings a page is made of; it matters at 10,000 pages a batch.
 */
function escapeMarkup(text: string, quotes: boolean): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const rep = c === 38 ? '&amp;' : c === 60 ? '&lt;' : c === 62 ? '&gt;' : c === 34 && quotes ? '&quot;' : null;
    if (rep === null) continue;
    out += text.slice(last, i) + rep;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Text content: cleaned, with &, < and > escaped. Fast path when there is nothing to do. */
export function escapeText(text: string): string {
  if (!NEEDS_TEXT_WORK.test(text)) return text;
  return escapeMarkup(cleanText(text), false);
}

/** A double-quoted attribute value: cleaned, with &, <, > and " escaped. */
export function escapeAttr(text: string): string {
  if (!NEEDS_ATTR_WORK.test(text)) return text;
  return escapeMarkup(cleanText(text), true);
}

/**
 * JSON for a <script type="application/ld+json"> block. `<`, `>` and `&` become \u escapes, so
 * `</script>` or `<!--` in any field cannot end the block or open a comment; U+2028/2029 too, so
 * the text is also safe for anything that treats it as JavaScript. (Every string in the JSON-LD
 * has been through cleanText already, via oneLine; this escaping is what keeps the block closed.)
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  return /[<>&\u2028\u2029]/.test(json)
    ? json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json;
}
