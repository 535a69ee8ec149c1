// Every text field goes through the shared repair engine (repairText) here, and whatever it
// reports is kept as a FieldRepair naming the field and paragraph. After repair, anything that
// still cannot be story text (control characters, lone surrogates) is removed and reported too.
import { collapse } from './fields/text';
import type { InlineRun } from './inline';
import { repairText } from './repair';
import type { FieldRepair, TextRepair } from './types';

// C0/C1 controls other than the three whitespace ones, DEL, and unpaired surrogates.

const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

type Converter = (text: string, offset: number) => { text: string; repairs: TextRepair[] };

export class FieldRepairer {
  readonly repairs: FieldRepair[] = [];

  constructor(private readonly typography: boolean) {}

  private record(field: string, index: number | undefined, repairs: TextRepair[], shift = 0): void {
    for (const r of repairs) {
      const fr: FieldRepair = { field, ...r, start: r.start + shift, end: r.end + shift };
      if (index !== undefined) fr.index = index;
      this.repairs.push(fr);
    }
  }

  /** Remove what repair left that is not text; reports one repair per removal. */
  private sanitize(field: string, index: number | undefined, text: string, shift: number, keepNewlines: boolean): string {
    let removed = 0;
    const out = text.replace(CONTROL, (ch, at: number) => {
      const isSurrogate = ch.charCodeAt(0) >= 0xd800;
      const to = isSurrogate ? '\ufffd' : '';
      const fr: FieldRepair = {
        field,
        rule: isSurrogate ? 'lone-surrogate' : 'control-chars',
        start: at - removed + shift,
        end: at - removed + shift + to.length,
        from: ch,
        to,
      };
      if (index !== undefined) fr.index = index;
      this.repairs.push(fr);
      removed += ch.length - to.length;
      return to;
    });
    if (keepNewlines) return out.replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
    return out;
  }

  /** Repair one plain-text field value (whitespace collapsed first). */
  text(field: string, value: string | null, index?: number): string | null {
    if (value === null) return null;
    const collapsed = collapse(value);
    if (!collapsed) return null;
    const r = repairText(collapsed, { typography: this.typography });
    this.record(field, index, r.repairs);
    const out = this.sanitize(field, index, r.text, 0, false).trim();
    return out || null;
  }

  /** Repair multi-line text (preformatted blocks, editorial notes): line breaks are kept. */
  multiline(field: string, value: string | null, index?: number): string | null {
    if (value === null) return null;
    const normalized = value
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+|\s+$/g, '');
    if (!normalized.trim()) return null;
    const r = repairText(normalized, { typography: this.typography });
    this.record(field, index, r.repairs);
    return this.sanitize(field, index, r.text, 0, true) || null;
  }

  /**
   * Repair the runs of one paragraph. Offsets are reported in the paragraph's plain text.
   * `convert` (agency typography) runs first, outside the protected lead-in `[0, protect)`.
   */
  runs(field: string, runs: InlineRun[], index: number, options: { convert?: Converter; protect?: number } = {}): InlineRun[] {
    const out: InlineRun[] = [];
    const protect = options.protect ?? 0;
    let offset = 0;
    let prevSpace = true;
    for (const run of runs) {
      let t = /[\t\n\r\f\v]| {2}/.test(run.text) ? run.text.replace(/[\t\n\r\f\v ]+/g, ' ') : run.text;
      if (prevSpace) t = t.replace(/^ /, '');
      if (!t) continue;
      if (options.convert) {
        const c = options.convert(t, offset);
        this.record(field, index, c.repairs, offset);
        t = c.text;
      }
      // The dateline lead-in stays as sent: repaired, but never typeset ("-- " is not turned into "—").
      const split = offset < protect ? Math.min(t.length, protect - offset) : 0;
      let repaired = '';
      if (split > 0) {
        const head = repairText(t.slice(0, split), { typography: false });
        this.record(field, index, head.repairs, offset);
        repaired = head.text;
      }
      if (split < t.length) {
        const tail = repairText(t.slice(split), { typography: this.typography });
        this.record(field, index, tail.repairs, offset + repaired.length);
        repaired += tail.text;
      }
      t = this.sanitize(field, index, repaired, offset, false);
      if (!t) continue;
      out.push({ ...run, text: t });
      offset += t.length;
      prevSpace = t.endsWith(' ');
    }
    const last = out[out.length - 1];
    if (last) last.text = last.text.replace(/ +$/, '');
    return out.filter((r) => r.text);
  }
}

/**
 * AP ANPA typography, applied only when the house asks for typography: `` and '' are double
 * quotes, a spaced underscore is an em dash. Each change is reported like any other repair.
 */
export function convertApTypography(text: string, offset: number, protect: number): { text: string; repairs: TextRepair[] } {
  const repairs: TextRepair[] = [];
  let out = '';
  let last = 0;
  const re = /``|''| _ /g;
  for (const m of text.matchAll(re)) {
    const at = m.index;
    if (offset + at < protect) continue;
    const to = m[0] === '``' ? '\u201c' : m[0] === "''" ? '\u201d' : ' \u2014 ';
    out += text.slice(last, at);
    const start = out.length;
    out += to;
    repairs.push({ rule: m[0] === ' _ ' ? 'typography:ap-dash' : 'typography:ap-quotes', start, end: start + to.length, from: m[0], to });
    last = at + m[0].length;
  }
  out += text.slice(last);
  return { text: out, repairs };
}
