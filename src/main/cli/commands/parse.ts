// `slugline parse FILE [--json] [--typography]`: run one wire file through the ingest parsers and
// print exactly the ParsedWire (--json) or a readable summary. A refused file is one line on
// stderr naming the file and the reason, exit code 1.
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { checkSize, DEFAULT_MAX_BYTES, parseWire } from '../../../shared/ingest';
import { inlineHtmlToText } from '../../../shared/ingest/inline';
import type { ParsedItem, ParsedWire } from '../../../shared/ingest/types';
import { CliError, type CliCommand, type CliIo } from '../io';

const USAGE = `Usage: slugline parse FILE [--json] [--typography]

Detects the wire format of FILE from its content (NITF, NewsML-G2, NewsML 1.2, IPTC 7901,
ANPA-1312, AAP ZCZC, ninjs, AP Media API JSON, plain text, saved web pages), decodes it, and
prints the parsed stories: headline, slug, by-line, dateline, body, captions, credit, copyright,
categories, priority, date, editorial notes, repairs and warnings.

Options:
  --json        print the parsed result as JSON (the ParsedWire object, nothing else)
  --typography  apply typographic normalisation after repair (curly quotes, dashes; AP \`\` '' and _)
`;

const FORMAT_NAMES: Record<ParsedWire['format'], string> = {
  nitf: 'NITF',
  'newsml-g2': 'NewsML-G2',
  'newsml-1.2': 'NewsML 1.2',
  'iptc-7901': 'IPTC 7901',
  'anpa-1312': 'ANPA-1312',
  zczc: 'AAP ZCZC teletype',
  ninjs: 'ninjs',
  'ap-media-json': 'AP Media API JSON',
  'html-page': 'web page (HTML)',
  'page-text': 'saved web page text',
  'plain-text': 'plain text',
};

function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function itemSummary(item: ParsedItem, n: number, of: number): string[] {
  const lines: string[] = [`Item ${n} of ${of}`];
  const row = (label: string, value: string | null | undefined): void => {
    if (value) lines.push(`  ${label.padEnd(11)}${value}`);
  };
  row('Headline', item.headline || '(none)');
  row('Deck', item.deck);
  row('Slug', item.slug);
  row('Byline', item.byline ? `${item.byline}${item.byline_title ? ` (${item.byline_title})` : ''}` : null);
  row(
    'Dateline',
    item.dateline ? `${item.dateline}${item.dateline_raw && item.dateline_raw !== item.dateline ? `  [${item.dateline_raw}]` : ''}` : null,
  );
  row('Date', item.date ? `${item.date}${item.date_raw && item.date_raw !== item.date ? `  (${item.date_raw})` : ''}` : item.date_raw);
  row('Credit', item.credit);
  row('Copyright', item.copyright ?? (item.copyright_holder ? `holder: ${item.copyright_holder}` : null));
  row('Categories', item.categories.length ? clip(item.categories.join(', '), 160) : null);
  row('Priority', item.priority);
  row('Language', item.language);
  row('Take key', item.take_key);
  row('Version', item.version);
  row('Agency id', item.agency_id);
  row('Advisory', item.advisory ? item.advisory.toUpperCase() : null);
  if (item.captions.length) {
    lines.push(`  Captions   ${item.captions.length}`);
    item.captions.forEach((c, i) => lines.push(`    ${i + 1}. ${clip(inlineHtmlToText(c.text), 160)}${c.credit ? ` — ${c.credit}` : ''}`));
  }
  lines.push(`  Body       ${item.body.length} paragraph${item.body.length === 1 ? '' : 's'}`);
  for (const p of item.body.slice(0, 3)) lines.push(`    ¶ ${clip(inlineHtmlToText(p))}`);
  if (item.body.length > 3) lines.push(`    … ${item.body.length - 3} more`);
  if (item.ednote) {
    const notes = item.ednote.split('\n');
    lines.push(`  Ednote     ${clip(notes[0] ?? '', 160)}`);
    for (const note of notes.slice(1, 6)) lines.push(`             ${clip(note, 160)}`);
    if (notes.length > 6) lines.push(`             … ${notes.length - 6} more lines`);
  }
  lines.push(`  Repairs    ${item.repairs.length}`);
  for (const w of item.warnings) lines.push(`  Warning    ${w}`);
  return lines;
}

export function summarize(fileName: string, wire: ParsedWire): string {
  const out = [
    `${fileName}: ${FORMAT_NAMES[wire.format]}, ${wire.encoding}, ${wire.items.length} item${wire.items.length === 1 ? '' : 's'}`,
    ...wire.warnings.map((w) => `Warning: ${w}`),
  ];
  wire.items.forEach((item, i) => out.push('', ...itemSummary(item, i + 1, wire.items.length)));
  return `${out.join('\n')}\n`;
}

export const parseCommand: CliCommand = {
  name: 'parse',
  summary: 'Parse one wire file and print its stories (or --json)',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    let json = false;
    let typography = false;
    const files: string[] = [];
    for (const arg of args) {
      if (arg === '--json') json = true;
      else if (arg === '--typography') typography = true;
      else if (arg.startsWith('-') && arg !== '-') throw new CliError(`unknown option "${arg}" (see slugline parse --help)`, 2);
      else files.push(arg);
    }
    if (files.length !== 1) throw new CliError('give exactly one FILE to parse (see slugline parse --help)', 2);
    const path = resolve(io.cwd, files[0]!);
    const name = basename(path);
    let size: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new CliError(`${name}: not a file`);
      size = info.size;
    } catch (err) {
      if (err instanceof CliError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      throw new CliError(`${name}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read'}`);
    }
    // Refuse an oversized file before reading it.
    const tooLarge = checkSize(size, name, DEFAULT_MAX_BYTES);
    if (tooLarge) throw new CliError(tooLarge.message);
    const bytes = new Uint8Array(await readFile(path));
    const result = parseWire(bytes, name, { typography });
    if (!result.ok) throw new CliError(result.error.message);
    io.stdout.write(json ? `${JSON.stringify(result.value, null, 2)}\n` : summarize(name, result.value));
    return 0;
  },
};
