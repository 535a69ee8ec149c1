// Numbers in AP style: one through nine spelled out, 10 and above as figures, figures always for
// ages, dimensions, percentages, money, times, dates, scores and addresses; and "percent".
import { z } from 'zod';
import { defineCheck, matchesOf, type Hit } from './types';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const PERCENT_AFTER = /^[\s-]*(?:%|percent\b|per cent\b|pct\b|percentage points?\b)/i;
const AGE_AFTER = /^[\s-]*(?:(?:years?|months?|weeks?|days?)[\s-]*old\b|(?:year|month|week|day)-old\b)/i;
const UNIT_AFTER =
  /^[\s-]*(?:feet|foot|ft\b|inch(?:es)?\b|in\.|yards?\b|meters?\b|metres?\b|m\b|cm\b|mm\b|centimet(?:er|re)s?\b|millimet(?:er|re)s?\b|pounds?\b|lbs?\b|ounces?\b|oz\b|kg\b|kilos?\b|kilograms?\b|grams?\b|g\b|tons?\b|tonnes?\b|acres?\b|hectares?\b|degrees?\b|°|gallons?\b|lit(?:er|re)s?\b|mph\b|km\/h\b|kph\b|GB\b|MB\b|TB\b|megapixels?\b|x\s*\d|by\s+\d)/i;
const MONEY_AFTER = /^\s*(?:cents?\b|million\b|billion\b|trillion\b)/i;
const TIME_AFTER = /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock\b|h\b)/i;
const MONTHS =
  'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December';
const DATE_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s$`);
const DATE_AFTER = new RegExp(`^\\s+(?:${MONTHS})\\b`);
const SCORE_AFTER = /^\s+(?:to|out of)\s+\d/;
const SCORE_BEFORE = /\d\s+(?:to|out of)\s+$/;
const ADDRESS_AFTER =
  /^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Terrace|Square|Sq|Highway|Hwy)\b/u;
const AGE_BEFORE = /(?:\bage[sd]?\s|[\p{L}.],\s)$/u;
const AGE_FOLLOWS_NAME = /^(?:,|\)|\s+and\s+\d)/;
/** Words after which a figure is a name or a label ("No. 3", "Route 9", "page 4", "Apollo 9"). */
const LABEL_BEFORE =
  /\b(?:No|Nos|Vol|Chapter|chapter|Page|page|pages|Route|route|Highway|Interstate|Game|game|Act|Section|section|Article|article|Room|room|Gate|gate|Platform|Level|level|Grade|grade|Category|category|Channel|channel|Stage|stage|Phase|phase|Round|round|Week|week|Season|season|Episode|episode|Precinct|District|Ward|Unit|Flight|flight|Size|size|Version|version|Type|type|Class|class|Pier|Terminal|Step|step|Part|part|Track|track|Figure|Fig|Table|Exhibit|Amendment|Title|Rule|rule|Number|number|Lot|lot|Seat|seat|Row|row|Floor|floor|Bay|Hole|hole|Mile|mile|Camp)\.?\s$/;
/** A capitalised word before the figure that is not the first word of its sentence: a name ("Windows 7"). */
const NAME_BEFORE = /(?:^|[^.!?:\s]\s+)[\p{Lu}][\p{L}\p{N}'’-]*\s$/u;

/** Why a number here takes figures in AP style, or null. */
function figureContext(after: string): string | null {
  if (PERCENT_AFTER.test(after)) return 'percentages';
  if (AGE_AFTER.test(after)) return 'ages';
  if (UNIT_AFTER.test(after)) return 'dimensions';
  if (MONEY_AFTER.test(after)) return 'money';
  return null;
}

function exempt(before: string, after: string): boolean {
  return (
    figureContext(after) !== null ||
    /[$£€¥]\s?$/.test(before) ||
    TIME_AFTER.test(after) ||
    DATE_BEFORE.test(before) ||
    DATE_AFTER.test(after) ||
    SCORE_AFTER.test(after) ||
    SCORE_BEFORE.test(before) ||
    ADDRESS_AFTER.test(after) ||
    (AGE_BEFORE.test(before) && (AGE_FOLLOWS_NAME.test(after) || /age[sd]?\s$/.test(before))) ||
    LABEL_BEFORE.test(before) ||
    NAME_BEFORE.test(before)
  );
}

const sentenceStart = (before: string) => /(?:^|[.!?]["'”’)]?\s+|\n)$/.test(before);
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A spelled-out number from ten to ninety-nine → its value, or null. */
export function wordValue(word: string): number | null {
  const w = word.toLowerCase();
  const teen = TEENS.indexOf(w);
  if (teen >= 0) return 10 + teen;
  const [tens, unit] = w.split('-');
  const t = TENS.indexOf(tens ?? '');
  if (t < 2) return null;
  if (unit === undefined) return t * 10;
  const u = WORDS.indexOf(unit);
  return u >= 1 ? t * 10 + u : null;
}

// A lone digit 1-9: not part of a larger number, decimal, fraction, time, score, ordinal or code.
const LONE_DIGIT = /(?<![\p{L}\p{N}.,:/$£€¥#+\-–−'’_])[1-9](?![\p{N}\p{L}%°:/_]|[.,]\d|[-–]\p{N})/gu;
// Number words found with ASCII word boundaries (fast), their neighbours checked after.
const SPELLED_TEN_PLUS = new RegExp(
  `\\b(?:${TEENS.join('|')}|(?:${TENS.slice(2).join('|')})(?:-(?:${WORDS.slice(1).join('|')}))?)\\b`,
  'g',
);
const SPELLED_UNDER_TEN = new RegExp(`\\b(?:${WORDS.slice(1).join('|')})\\b`, 'gi');
/** Is the word at [start, end) a whole word (no letter or hyphen joined to it)? */
const standsAlone = (text: string, start: number, end: number, hyphenAfter = false) =>
  !/[\p{L}\p{M}-]/u.test(text[start - 1] ?? '') && !(hyphenAfter ? /[\p{L}\p{M}]/u : /[\p{L}\p{M}-]/u).test(text[end] ?? '');

export const numerals = defineCheck({
  name: 'numerals',
  summary: 'AP numerals: spell out one to nine, figures for 10 and above and for ages, dimensions, percentages',
  params: z.object({}).strict().prefault({}),
  fixers: ['apNumerals'],
  vars: ['advice'],
  run(text) {
    const hits: Hit[] = [];
    const around = (start: number, end: number) => [text.slice(Math.max(0, start - 40), start), text.slice(end, end + 40)] as const;
    for (const m of matchesOf(LONE_DIGIT, text)) {
      const [before, after] = around(m.index, m.index + 1);
      if (exempt(before, after)) continue;
      const word = WORDS[Number(m[0])]!;
      hits.push({
        start: m.index,
        end: m.index + 1,
        fix: sentenceStart(before) ? capitalise(word) : word,
        vars: { advice: 'spell out numbers under 10' },
      });
    }
    for (const m of matchesOf(SPELLED_TEN_PLUS, text)) {
      const end = m.index + m[0].length;
      if (!standsAlone(text, m.index, end)) continue;
      const [before, after] = around(m.index, end);
      if (sentenceStart(before)) continue; // AP spells out a number that starts a sentence
      const value = wordValue(m[0]);
      if (value === null) continue;
      const fix = /^\s+(?:hundred|thousand)\b/i.test(after) ? null : String(value);
      hits.push({ start: m.index, end, fix, vars: { advice: 'use figures for 10 and above' } });
    }
    for (const m of matchesOf(SPELLED_UNDER_TEN, text)) {
      const end = m.index + m[0].length;
      if (!standsAlone(text, m.index, end, true)) continue;
      const [before, after] = around(m.index, end);
      const why = figureContext(after);
      if (!why || sentenceStart(before)) continue;
      hits.push({ start: m.index, end, fix: String(WORDS.indexOf(m[0].toLowerCase())), vars: { advice: `use figures for ${why}` } });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});

export const percent = defineCheck({
  name: 'percent',
  summary: '"percent" (or "%") written the house way after a number',
  params: z
    .object({ style: z.enum(['word', 'sign']).default('word') })
    .strict()
    .prefault({}),
  fixers: ['percent'],
  run(text, { params }) {
    const hits: Hit[] = [];
    if (params.style === 'word') {
      for (const m of matchesOf(/\s?%|\b[Pp]er[ \u00A0]cent\b|\bpct\b/g, text)) {
        // "%" and "pct" count only after a number ("5%", "5 %", "5 pct"); "per cent" anywhere.
        const word = m[0].trim();
        const before = text.slice(Math.max(0, m.index - 2), m.index);
        if (word === '%' && !/\p{N}$/u.test(before)) continue;
        if (word === 'pct' && !/\p{N}\s?$/u.test(before)) continue;
        // "5%" and "5 %" become "5 percent"; "per cent" and "pct" are replaced where they stand.
        const lead = word === '%' ? ' ' : '';
        hits.push({ start: m.index, end: m.index + m[0].length, fix: `${lead}${word.startsWith('P') ? 'Percent' : 'percent'}` });
      }
    } else {
      for (const m of matchesOf(/(?<=\p{N})\s*(?:percent|per[ \u00A0]cent|pct)\b/gu, text))
        hits.push({ start: m.index, end: m.index + m[0].length, fix: '%' });
    }
    return hits;
  },
});
