// The one shape every wire parser produces (issue #3 "Parsed story"), whatever the source format.
// Field names are snake_case on purpose: `slugline parse --json` prints exactly this object.

export const WIRE_FORMATS = [
  'nitf',
  'newsml-g2',
  'newsml-1.2',
  'iptc-7901',
  'anpa-1312',
  'zczc',
  'ninjs',
  'ap-media-json',
  'html-page',
  'page-text',
  'plain-text',
] as const;
export type WireFormat = (typeof WIRE_FORMATS)[number];

/** One change the repair or normalisation step made to a piece of text. */
export interface TextRepair {
  /** Which rule made the change, e.g. `mojibake:cp1252`, `control-chars`, `typography:quotes`. */
  rule: string;
  /** Offsets (UTF-16 code units) of the replacement in the repaired text. */
  start: number;
  end: number;
  /** The text as it arrived, and what replaced it. Reverting = put `from` back at [start, end). */
  from: string;
  to: string;
}

/** A repair as reported on a parsed item: which field (and paragraph) it touched. */
export interface FieldRepair extends TextRepair {
  field: string;
  /** Index into `body` (or `captions`) when the field is a list. */
  index?: number;
}

export interface ParsedCaption {
  /** Caption text, minimal inline HTML like body paragraphs. */
  text: string;
  /** Photo credit ("Jane Doe/AP"), separate from the caption text. */
  credit: string | null;
  /** Body paragraph index the caption followed in the source (0 = before the first paragraph). */
  after_paragraph?: number;
  /** Image reference when the source names one (URL or file name); never fetched. */
  src?: string | null;
}

/** Structural block of the body, for building the editor document (subheads, quotes, lists, tables). */
export type ParsedBlock =
  | { kind: 'p'; html: string }
  | { kind: 'h2' | 'h3'; html: string }
  | { kind: 'quote'; html: string }
  | { kind: 'bullet' | 'number'; items: string[] }
  | { kind: 'pre'; text: string }
  /** Cells are minimal inline HTML, like paragraphs. */
  | { kind: 'table'; rows: string[][]; header?: boolean };

export interface ParsedItem {
  headline: string;
  deck: string | null;
  slug: string | null;
  byline: string | null;
  byline_title: string | null;
  /** The place part of the dateline ("ATLANTA", "ROSCOE, South Dakota"). */
  dateline: string | null;
  /** The literal dateline element or lead-in when one exists. */
  dateline_raw: string | null;
  /** Paragraphs, each minimal inline HTML (<em>, <strong>, <a href>), text escaped. */
  body: string[];
  /** The same body with its structure kept (subheads, lists, tables). Optional for simple sources. */
  blocks?: ParsedBlock[];
  captions: ParsedCaption[];
  /** The agency credit line ("AP", "dpa", "CNN Wire"). */
  credit: string | null;
  copyright: string | null;
  copyright_holder: string | null;
  categories: string[];
  /** Raw source value as a string (ANPA letter, 7901 digit, urgency...). */
  priority: string | null;
  /** ISO 8601, keeping the source offset (or none when the source has none). */
  date: string | null;
  date_raw: string | null;
  language: string | null;
  take_key: string | null;
  /** Editor's notes and not-for-publication text; never part of the body. */
  ednote: string | null;
  agency: string | null;
  agency_id: string | null;
  version: string | null;
  /** Advisory kind when the item is a notice about another item. */
  advisory: WireAdvisory | null;
  repairs: FieldRepair[];
  warnings: string[];
}

export type WireAdvisory = 'hold' | 'kill' | 'correction' | 'substitute' | 'withheld' | 'canceled' | 'eds-note';

export interface ParsedWire {
  format: WireFormat;
  /** The encoding the bytes were decoded with, as detected ("utf-8", "iso-8859-1", "windows-1252"). */
  encoding: string;
  items: ParsedItem[];
  /** File-level warnings (anything odd that did not stop the parse). */
  warnings: string[];
}

/** Why a file was refused. `message` names the file and is written for an editor. */
export interface IngestError {
  code: 'empty' | 'binary' | 'too-large' | 'malformed' | 'unknown-encoding' | 'external-entity' | 'unsupported' | 'no-content';
  message: string;
}

export type ParseResult = { ok: true; value: ParsedWire } | { ok: false; error: IngestError };
