// Escaping for the publish renderer: every string that reaches the page goes through one of these.
// Text is also cleaned of characters HTML forbids (controls, noncharacters, lone surrogates) so a
// stray byte from a wire file cannot make the page invalid or confuse a parser.

// Controls other than tab; noncharacters; lone surrogates. Line breaks are in the set because
// the template owns the page's lines: a break inside a text node reads as a space anyway, and a
// space left at the end of a line would fail the validator's no-trailing-whitespace rule.
const FORBIDDEN =
  /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_TEXT_WORK = /[&<>\u0000-\u0008\u000A-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;
const NEEDS_ATTR_WORK = /[&<>"\u0000-\u0008\u000A-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

function replacement(c: string): string {
  if (c === '\n' || c === '\r' || c === '\f' || c === '\v') return ' ';
  return c.length === 1 && c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : '';
}

/** Drop characters that may not appear in an HTML document; breaks become spaces, lone surrogates U+FFFD. */
export function cleanText(text: string): string {
  return text.replace(FORBIDDEN, replacement);
}

/** Text content: cleaned, with &, < and > escaped. Fast path when there is nothing to do. */
export function escapeText(text: string): string {
  if (!NEEDS_TEXT_WORK.test(text)) return text;
  return cleanText(text).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** A double-quoted attribute value: cleaned, with &, <, > and " escaped. */
export function escapeAttr(text: string): string {
  if (!NEEDS_ATTR_WORK.test(text)) return text;
  return cleanText(text).replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * JSON for a <script type="application/ld+json"> block. `<`, `>` and `&` become \u escapes, so
 * `</script>` or `<!--` in any field cannot end the block or open a comment; U+2028/2029 too, so
 * the text is also safe for anything that treats it as JavaScript.
 */
export function jsonForScript(value: unknown): string {
  return cleanText(JSON.stringify(value)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
