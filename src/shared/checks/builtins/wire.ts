// Wire furniture a check (rather than a pattern) finds: the agency's own dateline lead-in left at
// the start of the body ("WASHINGTON (AP) —", "(CNN) —") when the story has a house dateline.
// Line-level furniture (MORE, -30-, Eds:, take markers, copyright boilerplate) are pattern rules.
import { z } from 'zod';
import { defineCheck, type Hit } from './types';

const AGENCIES = new Set(
  [
    'AP',
    'Associated Press',
    'The Associated Press',
    'Reuters',
    'AFP',
    'dpa',
    'EFE',
    'ANSA',
    'Kyodo',
    'Xinhua',
    'TASS',
    'PA',
    'AAP',
    'CP',
    'UPI',
    'Bloomberg',
    'CNN',
    'Yonhap',
    'Anadolu',
    'PTI',
    'ANI',
    'Lusa',
    'PAP',
    'Interfax',
    'Jiji',
    'Bernama',
    'Antara',
  ].map((a) => a.toLowerCase()),
);

// Optional place (capitals or title case, with ", State" and a Reuters-style date), the source in
// parentheses, then a dash.
const LEAD_IN =
  /(?:\p{Lu}[\p{L}\p{M}.'’-]*(?:[ -]\p{Lu}[\p{L}\p{M}.'’-]*){0,4}(?:,[ \u00A0]*[\p{L}.' ]{2,30}?)?(?:,[ \u00A0]*\p{L}{3,9}\.?[ \u00A0]\d{1,2})?[ \u00A0]+)?\(([\p{L}][\p{L}\d .&/-]{0,30})\)[ \u00A0]*(?:[—–_]|--?)[ \u00A0]*/uy;
// A house dateline typed into the body before the wire's: "LONDON — ".
const HOUSE_DATELINE = /\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}(?:,[ \u00A0][\p{L}. ]{2,30})?[ \u00A0]*[—–][ \u00A0]*/uy;

const isSource = (s: string) =>
  AGENCIES.has(s.trim().toLowerCase()) || /^[\p{Lu}\d][\p{Lu}\d&./ -]{1,14}$/u.test(s.trim()) || /\b(?:wire|news|press)\b/i.test(s);

export const datelineInLead = defineCheck({
  name: 'datelineInLead',
  summary: 'The wire dateline ("WASHINGTON (AP) —") left at the start of the first paragraph',
  params: z.object({}).strict().prefault({}),
  fixers: ['remove'],
  vars: ['source'],
  run(text) {
    const end = text.indexOf('\n\n');
    const first = end < 0 ? text : text.slice(0, end);
    const starts = [0];
    HOUSE_DATELINE.lastIndex = 0;
    if (HOUSE_DATELINE.test(first)) starts.push(HOUSE_DATELINE.lastIndex);
    for (const at of starts) {
      LEAD_IN.lastIndex = at;
      const m = LEAD_IN.exec(first);
      if (!m || !isSource(m[1]!)) continue;
      // A lead-in pasted twice is one finding: the fix removes both.
      let end = at + m[0].length;
      for (let again = LEAD_IN.exec(first); again && again.index === end && isSource(again[1]!); again = LEAD_IN.exec(first))
        end += again[0].length;
      return [{ start: at, end, fix: '', vars: { source: m[1]!.trim() } } satisfies Hit];
    }
    return [];
  },
});
