// AP abbreviations: months with a date ("Oct. 7"; March, April, May, June and July never
// abbreviated; a month alone spelled out) and the house form of the United States ("U.S." or "US").
import { z } from 'zod';
import { defineCheck, matchesOf, type Hit } from './types';

const FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** AP's form of each month before a date. */
const AP_FORM = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept?', 'Oct', 'Nov', 'Dec'];

function monthIndex(word: string): number {
  const w = word.replace(/\.$/, '');
  const full = FULL.indexOf(w);
  if (full >= 0) return full;
  return w === 'Sept' ? 8 : SHORT.findIndex((s) => new RegExp(`^${s}$`).test(w));
}

const MONTH_NAME = `(?:${FULL.join('|')}|(?:${SHORT.join('|')})\\.?)`;
// "October 7", "Oct 7th", "Sep. 7", "Mar. 3, 2025": month then a day (not a four-digit year).
const MONTH_DAY = new RegExp(`\\b(${MONTH_NAME})[ \\u00A0]+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])`, 'g');
// "7 October 2025": day before the month, international order.
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\u00A0]+(${FULL.join('|')})(?:[ \\u00A0]+(\\d{4}))?\\b`, 'g');
// "Oct." with no day after it: a month alone is spelled out ("in Oct. 2025" → "in October 2025").
const ABBREVIATED_ALONE = new RegExp(
  `\\b(?:${SHORT.filter((s) => s !== 'May').join('|')})\\.(?![ \\u00A0]*\\d{1,2}(?:st|nd|rd|th)?(?![\\d:]))`,
  'g',
);

export const monthAbbreviations = defineCheck({
  name: 'monthAbbreviations',
  summary: 'AP months: "Oct. 7" with a date, "March 7" (never abbreviated), "October" alone',
  params: z.object({}).strict().prefault({}),
  fixers: ['apMonth'],
  run(text) {
    const hits: Hit[] = [];
    for (const m of matchesOf(MONTH_DAY, text)) {
      const month = monthIndex(m[1]!);
      if (month < 0) continue;
      const fix = `${AP_FORM[month]} ${Number(m[2])}`;
      if (m[0] !== fix) hits.push({ start: m.index, end: m.index + m[0].length, fix });
    }
    for (const m of matchesOf(DAY_MONTH, text)) {
      const month = FULL.indexOf(m[2]!);
      hits.push({ start: m.index, end: m.index + m[0].length, fix: `${AP_FORM[month]} ${Number(m[1])}${m[3] ? `, ${m[3]}` : ''}` });
    }
    for (const m of matchesOf(ABBREVIATED_ALONE, text)) {
      const month = monthIndex(m[0]);
      if (month >= 0) hits.push({ start: m.index, end: m.index + m[0].length, fix: FULL[month]! });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});

const ALL_CAPS_WORD = /^[\p{Lu}\d]{2,}$/u;

export const usStyle = defineCheck({
  name: 'usStyle',
  summary: 'The United States written the house way ("U.S." or "US", from preferences)',
  params: z.object({}).strict().prefault({}),
  fixers: ['usStyle'],
  vars: ['house'],
  run(text, { context }) {
    const house = context.preferences.usStyle;
    const hits: Hit[] = [];
    if (house === 'U.S.') {
      for (const m of matchesOf(/(?<![-.])\bUS\b(?![$]|\.[\p{L}])(\.)?/gu, text)) {
        // In a line set in capitals ("US ARMY", "LET US GO") "US" is not the abbreviation to fix.
        const prev = /([\p{L}\d]+)\W*$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
        const next = /^\W*([\p{L}\d]+)/u.exec(text.slice(m.index + 2, m.index + 32))?.[1];
        if ((prev && ALL_CAPS_WORD.test(prev)) || (next && ALL_CAPS_WORD.test(next))) continue;
        hits.push({ start: m.index, end: m.index + m[0].length, fix: 'U.S.', vars: { house } });
      }
    } else {
      for (const m of matchesOf(/\bU\.S\.(?!A\.)/g, text)) {
        const rest = text.slice(m.index + 4, m.index + 6);
        // At the end of a paragraph the last period also ends the sentence: keep one.
        const endsSentence = rest === '' || /^\s*\n|^["”’)]/.test(rest);
        hits.push({ start: m.index, end: m.index + 4, fix: endsSentence ? 'US.' : 'US', vars: { house } });
      }
    }
    return hits;
  },
});
