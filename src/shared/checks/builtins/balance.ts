// Balance: quotes and brackets that open without closing (or close without opening), paragraph by
// paragraph. Apostrophes are not quotes; a quotation running on into the next paragraph (which then
// opens with a quote mark, as news style has it) is not an error.
import { z } from 'zod';
import { curlyFor } from './typography';
import { defineCheck, type Hit } from './types';

/** Paragraphs of a field's text with their offsets: blocks are separated by a blank line. */
export function paragraphs(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n\n', start);
    out.push({ start, text: text.slice(start, end < 0 ? text.length : end) });
    if (end < 0) return out;
    start = end + 2;
  }
}

const LEADING_APOSTROPHE = /^(?:\d\d|n['’]|em\b|til\b|tis\b|twas\b|cause\b|bout\b)/iu;

type Mark = { kind: 'double' | 'single'; pos: number; ch: string };

/** Opening or closing role of a quote character at i, or null for apostrophes and primes. */
function quoteRole(p: string, i: number): { kind: 'double' | 'single'; open: boolean } | null {
  const ch = p[i]!;
  if (ch === '\u201C') return { kind: 'double', open: true };
  if (ch === '\u201D') return { kind: 'double', open: false };
  if (ch === '\u2018') return LEADING_APOSTROPHE.test(p.slice(i + 1, i + 7)) ? null : { kind: 'single', open: true };
  if (ch === '\u2019') return { kind: 'single', open: false };
  if (ch === '"' || ch === "'") {
    const curly = curlyFor(p, i);
    if (curly === null) return null;
    if (ch === '"') return { kind: 'double', open: curly === '\u201C' };
    return curly === '\u2018' ? { kind: 'single', open: true } : { kind: 'single', open: false };
  }
  return null;
}

const unclosed = (offset: number, mark: Mark): Hit => ({
  start: offset + mark.pos,
  end: offset + mark.pos + 1,
  vars: { quote: mark.ch, detail: `${mark.ch} opens a quotation that is not closed in this paragraph` },
});

const opensWithQuote = (p: string) => /^\s*["\u201C]/.test(p);

export const unbalancedQuotes = defineCheck({
  name: 'unbalancedQuotes',
  summary: 'Quotation marks that open without closing, or close without opening, in a paragraph',
  params: z.object({}).strict().prefault({}),
  fixers: [],
  vars: ['quote', 'detail'],
  run(text) {
    const hits: Hit[] = [];
    const paras = paragraphs(text);
    paras.forEach((para, k) => {
      const stack: Mark[] = [];
      const p = para.text;
      for (const m of p.matchAll(/["'\u2018-\u201D]/g)) {
        const i = m.index;
        const role = quoteRole(p, i);
        if (!role) continue;
        if (role.open) {
          stack.push({ kind: role.kind, pos: i, ch: p[i]! });
          continue;
        }
        const at = stack.map((m) => m.kind).lastIndexOf(role.kind);
        if (at >= 0) {
          // Anything opened inside the quotation and still open when it ends is itself unbalanced.
          for (const inner of stack.splice(at).slice(1)) hits.push(unclosed(para.start, inner));
          continue;
        }
        // A closing single quote with nothing open is an apostrophe ("the workers’ union").
        if (role.kind === 'double')
          hits.push({
            start: para.start + i,
            end: para.start + i + 1,
            vars: { quote: p[i]!, detail: `${p[i]} closes a quotation that was never opened` },
          });
      }
      const next = paras[k + 1];
      stack.forEach((mark, j) => {
        const continues = mark.kind === 'double' && j === stack.length - 1 && next !== undefined && opensWithQuote(next.text);
        if (!continues) hits.push(unclosed(para.start, mark));
      });
    });
    return hits.sort((a, b) => a.start - b.start);
  },
});

// ASCII and fullwidth (Chinese, Japanese) brackets.
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '\uFF09': '\uFF08', '\uFF3D': '\uFF3B', '\uFF5D': '\uFF5B' };
const OPENERS = new Set(Object.values(PAIRS));
// "1)", "a)", "iv)" at the start of a line number a list; ":)" and ";)" are smileys.
const LIST_MARK = /(?:^|\n)[ \t]*(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})$/;

export const unbalancedBrackets = defineCheck({
  name: 'unbalancedBrackets',
  summary: 'Brackets ( ) [ ] { } that open without closing, or close without opening, in a paragraph',
  params: z.object({}).strict().prefault({}),
  fixers: [],
  vars: ['bracket', 'detail'],
  run(text) {
    const hits: Hit[] = [];
    for (const para of paragraphs(text)) {
      const p = para.text;
      const stack: { ch: string; pos: number }[] = [];
      for (const m of p.matchAll(/[()[\]{}\uFF08\uFF09\uFF3B\uFF3D\uFF5B\uFF5D]/g)) {
        const i = m.index;
        const ch = m[0];
        if (OPENERS.has(ch)) {
          stack.push({ ch, pos: i });
        } else {
          if (stack.length && stack[stack.length - 1]!.ch === PAIRS[ch]) {
            stack.pop();
            continue;
          }
          if (ch === ')' && (/[:;]$/.test(p.slice(Math.max(0, i - 1), i)) || LIST_MARK.test(p.slice(Math.max(0, i - 8), i)))) continue;
          hits.push({
            start: para.start + i,
            end: para.start + i + 1,
            vars: { bracket: ch, detail: `${ch} has no matching ${PAIRS[ch]}` },
          });
        }
      }
      for (const open of stack)
        hits.push({
          start: para.start + open.pos,
          end: para.start + open.pos + 1,
          vars: { bracket: open.ch, detail: `${open.ch} is not closed in this paragraph` },
        });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
