// Credits: the agency credit line and photo credits against the credit dictionary, and the byline
// and credit against the house rewrite credit rule (agency byline, "Staff and wire reports", or a
// staff byline with the agency in the credit line, by the share of the story that is rewritten).
import { z } from 'zod';
import { creditBook, type CreditBook } from '../../credits/dictionary';
import { rewriteShare } from '../../rewrite/share';
import { defineCheck, type Hit } from './types';

const PHOTO_SUFFIX = /\s+(?:photos?|images?|pictures?|pix)$/i;

/** Ranges of the parts of a credit split at a (global) separator ("AP, Reuters", "Jane Doe/AP"). */
function parts(text: string, separator: RegExp): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const push = (s: number, e: number) => {
    const piece = text.slice(s, e);
    const t = piece.trim();
    const lead = piece.length - piece.trimStart().length;
    if (t) out.push({ start: s + lead, end: s + lead + t.length, text: t });
  };
  let at = 0;
  for (const m of text.matchAll(separator)) {
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, text.length);
  return out;
}

function creditHits(text: string, field: string, book: CreditBook, variants: boolean): Hit[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const start = text.indexOf(trimmed);
  const whole = book.lookup(trimmed);
  const variantHit = (s: number, e: number, from: string, house: string): Hit => ({
    start: s,
    end: e,
    fix: house,
    vars: { house, detail: `“${from}” is not the house form; use “${house}”` },
  });
  if (whole.kind === 'house') return [];
  if (whole.kind === 'variant') return variants ? [variantHit(start, start + trimmed.length, trimmed, whole.house)] : [];
  const unknown: Hit = {
    start,
    end: start + trimmed.length,
    fix: null,
    vars: { house: '', detail: `“${trimmed}” is not in the credit dictionary` },
  };
  if (field === 'photoCredit') {
    // "Jane Doe/AP": the agency part must be known; the others are photographers' names.
    const pieces = parts(text, /\//g);
    let known = false;
    const hits: Hit[] = [];
    for (const piece of pieces) {
      const found = book.lookup(piece.text);
      if (found.kind === 'house') known = true;
      else if (found.kind === 'variant') {
        known = true;
        if (variants) hits.push(variantHit(piece.start, piece.end, piece.text, found.house));
      } else if (PHOTO_SUFFIX.test(piece.text)) {
        // "AP Photo/Jane Doe" → "Jane Doe/AP": the house puts the agency last.
        const agency = book.lookup(piece.text.replace(PHOTO_SUFFIX, ''));
        if (agency.kind !== 'unknown') {
          known = true;
          const names = pieces.filter((p) => p !== piece).map((p) => p.text);
          const fix = [...names, agency.house].join('/');
          if (variants)
            hits.push({
              start,
              end: start + trimmed.length,
              fix,
              vars: { house: fix, detail: `“${trimmed}” is not the house form; use “${fix}”` },
            });
        }
      }
    }
    return known ? hits : [unknown];
  }
  const pieces = parts(text, /[,;&]|\band\b/g);
  if (pieces.length < 2) return [unknown];
  const hits: Hit[] = [];
  for (const piece of pieces) {
    const found = book.lookup(piece.text);
    if (found.kind === 'variant' && variants) hits.push(variantHit(piece.start, piece.end, piece.text, found.house));
    if (found.kind === 'unknown')
      hits.push({
        start: piece.start,
        end: piece.end,
        fix: null,
        vars: { house: '', detail: `“${piece.text}” is not in the credit dictionary` },
      });
  }
  return hits;
}

export const creditDictionary = defineCheck({
  name: 'creditDictionary',
  summary: 'A credit that is not in the credit dictionary (or, if asked, a variant rather than the house form)',
  params: z
    .object({ variants: z.boolean().default(true) })
    .strict()
    .prefault({}),
  fixers: ['houseCredit'],
  vars: ['house', 'detail'],
  run(text, { params, context, field }) {
    return creditHits(text, field, creditBook(context.preferences.creditDictionary), params.variants);
  },
});

const percent = (share: number) => `${Math.round(share * 100)}%`;
const bylineName = (byline: string) => byline.replace(/^\s*by\s+/i, '').trim();

export const rewriteCredit = defineCheck({
  name: 'rewriteCredit',
  summary: 'A byline or credit line that contradicts the house rewrite credit rule',
  params: z.object({}).strict().prefault({}),
  fixers: ['creditRule'],
  vars: ['share', 'detail'],
  run(text, { context, subject, field }) {
    const { input } = subject;
    // The same word-diff figure the Wire tab shows, so the panel and the gate never disagree.
    const share = context.rewriteShare ?? (input.wireText ? rewriteShare(subject.text('body'), input.wireText).share : null);
    if (share === null || share === undefined || !Number.isFinite(share)) return [];
    const rules = context.preferences.creditRules;
    const book = creditBook(context.preferences.creditDictionary);
    const agencyLookup = book.lookup(input.agency ?? input.credit ?? '');
    const agency = agencyLookup.kind === 'unknown' ? (input.agency ?? '').trim() : agencyLookup.house;
    const isAgency = (name: string) => {
      const found = book.lookup(name);
      return found.kind !== 'unknown' && (!agency || found.house === agency);
    };
    const trimmed = text.trim();
    const start = trimmed ? text.indexOf(trimmed) : 0;
    const hit = (fix: string | null, detail: string): Hit[] => [
      { start, end: start + trimmed.length, fix: fix || null, vars: { share: percent(share), detail } },
    ];
    const mixed = rules.mixedByline.trim();
    const name = bylineName(text);

    if (share < rules.agencyBelow) {
      if (field !== 'byline' || isAgency(name)) return [];
      return hit(agency, `only ${percent(share)} is rewritten, so the byline should be the agency${agency ? ` (${agency})` : ''}`);
    }
    if (share <= rules.staffAbove) {
      if (field !== 'byline' || name.toLowerCase() === mixed.toLowerCase()) return [];
      return hit(mixed, `${percent(share)} is rewritten, so the byline should be “${mixed}”`);
    }
    if (field === 'byline') {
      if (name && !isAgency(name) && name.toLowerCase() !== mixed.toLowerCase()) return [];
      return hit(rules.staffByline, `${percent(share)} is rewritten, so the byline should be a staff byline`);
    }
    if (field === 'credit' && agency) {
      const named = text.split(/\s*(?:[,;&]|\band\b)\s*/).some((p) => p.trim() && isAgency(p.trim()));
      if (!named)
        return hit(
          trimmed ? `${trimmed}, ${agency}` : agency,
          `${percent(share)} is rewritten: the credit line should name the agency (${agency})`,
        );
    }
    return [];
  },
});
