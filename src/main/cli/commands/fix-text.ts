// `slugline fix-text`: repair mojibake and stray characters in text from stdin (or, with --jsonl,
// in a batch of {"id","text"} lines), writing the repaired text to stdout.
import { repairText, type RepairOptions } from '../../../shared/ingest/repair';
import { CliError, readAll, type CliCommand, type CliIo } from '../io';

const USAGE = `Usage: slugline fix-text [--jsonl] [--typography]

Reads text on stdin and writes it repaired on stdout: mojibake undone (UTF-8 read as Windows-1252,
Latin-1, Windows-1250/1251, Mac Roman, CP437, Thai Windows-874, doubled or mixed), stray control
and invisible characters removed, Unicode NFC applied. Nothing else is added to the output.

Options:
  --jsonl       batch mode: each input line is {"id": ..., "text": ...}; each output line is
                {"id": ..., "text": ...} in the same order ({"id": ..., "error": ...} for a line
                that is not such an object)
  --typography  also apply typographic normalisation (curly quotes, dashes, ellipsis, spaces)
`;

function jsonlLine(line: string, options: RepairOptions): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    const idMatch = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line);
    let id: unknown = null;
    if (idMatch?.[1]) {
      try {
        id = JSON.parse(idMatch[1]);
      } catch {
        id = null;
      }
    }
    return JSON.stringify({ id, error: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return JSON.stringify({ id: null, error: 'expected an object {"id": ..., "text": ...}' });
  }
  const record = parsed as Record<string, unknown>;
  const id = record['id'] ?? null;
  const text = record['text'];
  if (typeof text !== 'string') return JSON.stringify({ id, error: 'missing "text" string' });
  return JSON.stringify({ id, text: repairText(text, options).text });
}

export const fixTextCommand: CliCommand = {
  name: 'fix-text',
  summary: 'Repair mojibake and stray characters in text from stdin',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    let jsonl = false;
    const options: RepairOptions = {};
    for (const arg of args) {
      if (arg === '--jsonl') jsonl = true;
      else if (arg === '--typography') options.typography = true;
      else throw new CliError(`unknown option "${arg}" (see slugline fix-text --help)`, 2);
    }
    const input = new TextDecoder('utf-8').decode(await readAll(io.stdin));
    if (!jsonl) {
      io.stdout.write(repairText(input, options).text);
      return 0;
    }
    // Split on "\n" only: texts may contain U+2028, U+2029 or U+0085, which are not line ends here.
    const lines = input.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const out: string[] = [];
    for (const raw of lines) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line.trim() === '') {
        out.push(JSON.stringify({ id: null, error: 'empty line' }));
        continue;
      }
      out.push(jsonlLine(line, options));
    }
    io.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
    return 0;
  },
};
