// Before an HTML page is parsed: cap its size, keep what scripts *say* (JSON-LD, image captions and
// credits in page JSON) and then cut out every script, style and embedded-graphics block, so the
// tree is smaller, faster to build, and nothing executable or invisible can reach a paragraph.

/** Pages above this are truncated (with a warning): a story never needs more, and work stays bounded. */
export const MAX_HTML_CHARS = 6_000_000;
const MAX_SCRIPT_HARVEST_CHARS = 4_000_000;
const MAX_JSONLD_BLOCKS = 20;

export interface PreparedHtml {
  html: string;
  /** Raw text of each <script type="application/ld+json"> block (CDATA wrappers removed). */
  jsonLd: string[];
  /** Text of the other scripts, kept only for the caption/credit harvest (never run). */
  scriptText: string;
  warnings: string[];
}

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)(?:<\/script\s*>|$)/gi;

export function prepareHtml(input: string): PreparedHtml {
  const warnings: string[] = [];
  let html = input;
  if (html.length > MAX_HTML_CHARS) {
    warnings.push(`page is ${html.length} characters; only the first ${MAX_HTML_CHARS} were read`);
    html = html.slice(0, MAX_HTML_CHARS);
  }
  // A byte-order mark or NUL bytes are never content; NULs also confuse the tree builder.
  html = html.replace(/^\ufeff/, '').replace(/\u0000/g, '');

  const jsonLd: string[] = [];
  let scriptText = '';
  html = html.replace(SCRIPT_RE, (_m, attrs: string, body: string) => {
    if (/type\s*=\s*["']?application\/ld\+json/i.test(attrs)) {
      if (jsonLd.length < MAX_JSONLD_BLOCKS) jsonLd.push(unwrapCdata(body));
    } else if (scriptText.length < MAX_SCRIPT_HARVEST_CHARS && /"(caption|credit)"/.test(body)) {
      scriptText += `${body.slice(0, MAX_SCRIPT_HARVEST_CHARS - scriptText.length)}\n`;
    }
    return ' ';
  });
  html = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(style|template|svg|math|noembed|noframes|xmp|plaintext)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
  // data-* attributes can hold whole JSON documents (BBC media metadata): keep credits found there.
  const dataJson = harvestDataAttributes(html);
  if (dataJson) scriptText += dataJson;
  return { html, jsonLd, scriptText, warnings };
}

function unwrapCdata(text: string): string {
  return text
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .trim();
}

function harvestDataAttributes(html: string): string {
  let out = '';
  const re = /\sdata-[\w-]+\s*=\s*"([^"]*&quot;(?:caption|credit)&quot;[^"]*)"/gi;
  for (let m = re.exec(html); m && out.length < MAX_SCRIPT_HARVEST_CHARS; m = re.exec(html)) {
    out += `${(m[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&')}\n`;
  }
  return out;
}
