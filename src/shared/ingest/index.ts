// Wire ingest, public entry point: bytes of one file → parsed stories (ParseResult), or one clear
// refusal naming the file. Checks the bytes, detects the format from content, decodes by that
// format's rules, runs the format's parser and the shared finishing steps. Never throws.
import { decodeBytes, previewText, type EncodingRule } from './decode';
import { detectFormatOfText } from './detect';
import type { DraftWire } from './draft';
import { fail, IngestFailure, ingestError } from './errors';
import { finishWire } from './finish';
import { parseAnpa } from './formats/anpa';
import { isApMedia, parseApMedia } from './formats/apMedia';
import { parseIptc7901 } from './formats/iptc7901';
import { parseJson } from './formats/json';
import { parseNewsmlG2 } from './formats/newsmlG2';
import { parseNewsml12 } from './formats/newsml12';
import { parseNinjs } from './formats/ninjs';
import { parseNitf } from './formats/nitf';
import { parsePlainText } from './formats/plainText';
import { parseZczc } from './formats/zczc';
import { formatSize, guardBytes } from './guard';
import { looksLikePageText, parseHtmlPage, parsePageText } from './html';
import { DEFAULT_MAX_BYTES } from './limits';
import type { IngestError, ParsedWire, ParseResult, WireFormat } from './types';
import { parseXml } from './xml/tree';

export interface ParseWireOptions {
  /** Apply typographic normalisation after repair (curly quotes, dashes; AP `` '' and _). */
  typography?: boolean;
  /** Refuse files larger than this (default 20 MB). */
  maxBytes?: number;
}

export { DEFAULT_MAX_BYTES } from './limits';
export type { ParsedWire, ParsedItem, ParseResult, IngestError, WireFormat } from './types';

function encodingRule(format: WireFormat | null, preview: string): EncodingRule {
  switch (format) {
    case 'nitf':
    case 'newsml-g2':
    case 'newsml-1.2':
      return 'xml';
    case 'html-page':
      return /^\s*<\?xml/.test(preview) ? 'xml' : 'html';
    case 'ninjs':
    case 'ap-media-json':
      return 'json';
    case 'iptc-7901':
    case 'anpa-1312':
    case 'zczc':
      return 'teletype';
    case 'plain-text':
    case 'page-text':
      return 'text';
    case null: {
      const t = preview.trimStart();
      return t.startsWith('<') ? 'xml' : t.startsWith('{') || t.startsWith('[') ? 'json' : 'text';
    }
  }
}

function parseXmlFormat(text: string): DraftWire | 'html' {
  const doc = parseXml(text);
  const root = doc.root;
  let draft: DraftWire;
  if (root.name === 'nitf') draft = parseNitf(root);
  else if (root.name === 'NewsML') draft = parseNewsml12(root);
  else if (['newsMessage', 'newsItem', 'packageItem', 'knowledgeItem', 'conceptItem'].includes(root.name)) draft = parseNewsmlG2(root);
  else if (root.name.toLowerCase() === 'html') return 'html';
  else fail('unsupported', `not a wire format Slugline reads (XML with root element <${root.name.slice(0, 40)}>)`);
  draft.warnings.unshift(...doc.warnings);
  return draft;
}

function parseJsonFormat(text: string, recognised: boolean): DraftWire {
  const json = parseJson(text);
  if (isApMedia(json)) return parseApMedia(json);
  // Valid JSON that matched no wire format's keys is some other JSON, not an empty story.
  if (!recognised || typeof json !== 'object' || json === null)
    fail('unsupported', 'not a wire format Slugline reads (JSON without a news item)');
  return parseNinjs(json);
}

const NOT_TEXT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Same guarantee as the agency formats (no control characters, valid Unicode), whoever built the value. */
function textOnly<T>(value: T, key = ''): T {
  if (typeof value === 'string') {
    const keepLines = key === 'ednote' || key === 'text';
    const out = value.replace(NOT_TEXT, (c) => (c.charCodeAt(0) >= 0xd800 ? '\ufffd' : ''));
    return (keepLines ? out : out.replace(/[\r\n]+/g, ' ')) as T;
  }
  if (Array.isArray(value)) return value.map((v) => textOnly(v, key)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'repairs' ? v : textOnly(v, k);
    return out as T;
  }
  return value;
}

/** The web-page extractor (another module) owns pages; its result gets the same text guarantee. */
function parseWebPage(kind: 'html' | 'text', text: string, fileName: string, encoding: string, warnings: string[]): ParsedWire {
  const wire = kind === 'html' ? parseHtmlPage(text, fileName, encoding) : parsePageText(text, fileName, encoding);
  if (!wire.items.length)
    fail(
      'no-content',
      `no story found in this ${kind === 'html' ? 'web page' : 'saved page text'}${wire.warnings.length ? ` (${wire.warnings[0]})` : ''}`,
    );
  return textOnly({ ...wire, warnings: [...warnings, ...wire.warnings] });
}

function parse(bytes: Uint8Array, fileName: string, options: ParseWireOptions): ParsedWire {
  guardBytes(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const preview = previewText(bytes);
  let format = detectFormatOfText(preview);
  const decoded = decodeBytes(bytes, encodingRule(format, preview));
  const text = decoded.text;
  if (format === 'plain-text' && looksLikePageText(text)) format = 'page-text';
  const finish = (draft: DraftWire): ParsedWire =>
    finishWire(draft, decoded.encoding, decoded.warnings, { typography: options.typography ?? false });
  const page = (kind: 'html' | 'text'): ParsedWire => parseWebPage(kind, text, fileName, decoded.encoding, decoded.warnings);
  // XML whose root turns out to be <html> (XHTML) is a web page.
  const xml = (): ParsedWire => {
    const draft = parseXmlFormat(text);
    return draft === 'html' ? page('html') : finish(draft);
  };
  switch (format) {
    case 'nitf':
    case 'newsml-g2':
    case 'newsml-1.2':
      return xml();
    case 'ninjs':
    case 'ap-media-json':
      return finish(parseJsonFormat(text, true));
    case 'iptc-7901':
      return finish(parseIptc7901(text));
    case 'anpa-1312':
      return finish(parseAnpa(text));
    case 'zczc':
      return finish(parseZczc(text));
    case 'html-page':
      return page('html');
    case 'page-text':
      return page('text');
    case 'plain-text':
      return finish(parsePlainText(text));
    case null: {
      const t = text.trimStart();
      // Broken XML or JSON: let the parser say exactly what is wrong with it.
      if (t.startsWith('<')) return xml();
      if (t.startsWith('{') || t.startsWith('[')) return finish(parseJsonFormat(text, false));
      return fail('unsupported', 'not a wire format Slugline reads');
    }
  }
}

/** Parse one wire file. Returns the parsed stories, or a refusal whose message names the file. */
export function parseWire(bytes: Uint8Array, fileName: string, options: ParseWireOptions = {}): ParseResult {
  try {
    return { ok: true, value: parse(bytes, fileName, options) };
  } catch (err) {
    if (err instanceof IngestFailure) return { ok: false, error: ingestError(fileName, err.code, err.reason) };
    // A bug in a parser must not take the batch down: refuse this file, say why.
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, error: ingestError(fileName, 'malformed', `could not be read (${detail.slice(0, 200)})`) };
  }
}

/**
 * The size check parseWire makes first, for callers that can check a file's size before reading it
 * (CLI, watch folder): the same refusal, without loading a 100 MB file to be told it is too big.
 */
export function checkSize(size: number, fileName: string, maxBytes = DEFAULT_MAX_BYTES): IngestError | null {
  if (size <= maxBytes) return null;
  return ingestError(fileName, 'too-large', `too large to be a wire item (${formatSize(size)}; the limit is ${formatSize(maxBytes)})`);
}

/** The wire format of a file from its content (never its name), or null when it is none we read. */
export function detectFormat(bytes: Uint8Array, text?: string): WireFormat | null {
  try {
    const preview = text ?? previewText(bytes);
    const format = detectFormatOfText(preview);
    if (format === 'plain-text' && looksLikePageText(preview)) return 'page-text';
    return format;
  } catch {
    return null;
  }
}
