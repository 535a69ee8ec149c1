// One passing and one failing text (at least) for every rule in the default pack, written for the
// project. rules.test.ts fails when a rule in resources/rules/default.json has no entry here.
import type { CheckContext, CheckField, CheckInput } from '../../../src/shared/checks';
import { defaultPreferences } from '../../../src/shared/settings/preferences';
import { documentOf } from '../../../src/shared/story/document';
import { cleanInput, figureOf, inputWith, paragraphsOf } from './support';

export interface Sample {
  /** Field the text goes in (default body). */
  field?: CheckField;
  text: string;
  /** Build the whole input instead (cross-field rules). */
  input?: CheckInput;
  context?: Partial<CheckContext>;
}

export interface FailSample extends Sample {
  /** The flagged text. */
  excerpt: string;
  /** Field the finding is on, when not `field`. */
  on?: CheckField;
  fix?: string | null;
  /** The field text after applying the fix. */
  fixed?: string;
}

export interface RuleFixture {
  pass: Sample[];
  fail: FailSample[];
}

// Windows-1252 bytes 0x80-0x9F (Node's TextDecoder reads "windows-1252" as Latin-1, so it is spelled out).
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
/** UTF-8 bytes read as Windows-1252: how most mojibake is made. */
export const asCp1252 = (s: string) =>
  Array.from(new TextEncoder().encode(s), (b) => (b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80]! : String.fromCharCode(b))).join('');
// High halves (0x80-0xFF) of three more code pages, spelled out for the same reason.
const CP1250 =
  '€\u0081‚\u0083„…†‡\u0088‰Š‹ŚŤŽŹ\u0090‘’“”•–—\u0098™š›śťžź\u00A0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00AD®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙';
const CP1251 =
  'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u0098™љ›њќћџ\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя';
const MAC_ROMAN =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';
/** UTF-8 bytes read with a code page given as its 128 high characters. */
export const asCodepage = (s: string, high: string) =>
  Array.from(new TextEncoder().encode(s), (b) => (b >= 0x80 ? high[b - 0x80]! : String.fromCharCode(b))).join('');

/** UTF-8 bytes read as Latin-1 (C1 controls where Windows-1252 has punctuation). */
export const asLatin1 = (s: string) => Array.from(new TextEncoder().encode(s), (b) => String.fromCharCode(b)).join('');
/** UTF-8 bytes read as Windows-874 (Thai): "โ€™". */
export const asCp874 = (s: string) => new TextDecoder('windows-874').decode(new TextEncoder().encode(s));

const share = (rewriteShare: number): Partial<CheckContext> => ({ rewriteShare });
const usStyle = (style: 'U.S.' | 'US'): Partial<CheckContext> => ({ preferences: { ...defaultPreferences(), usStyle: style } });

export const RULE_FIXTURES: Record<string, RuleFixture> = {
  placeholder: {
    pass: [
      { text: 'Super Bowl XX was played in New Orleans.' },
      { text: 'Talks in Bangkok went on; clerks fill in the forms.' },
      { field: 'headline', text: 'Council approves budget' },
    ],
    fail: [
      { text: 'The meeting is on TK.', excerpt: 'TK' },
      { text: 'The mayor said [[get quote]] afterwards.', excerpt: '[[get quote]]' },
      { text: 'The budget is XX million.', excerpt: 'XX' },
      { field: 'headline', text: 'FILL IN headline', excerpt: 'FILL IN' },
      { field: 'caption', text: 'Lorem ipsum dolor.', excerpt: 'Lorem ipsum' },
    ],
  },
  mojibake: {
    pass: [
      { text: 'Café in São Paulo, a naïve façade, Ærø, Łódź, Ελλάδα, Москва, 日本語, ภาษาไทย.' },
      { text: '«L’ÉTÉ» — “quotes” and an ellipsis… and Ä, Å, Â alone.' },
      { text: 'À la carte, Ô Canada, Über.' },
      { text: 'A SELEÇÃO É CAMPEÃ… e o povo canta. ЈЕЛЕНА ВЕЉКОВИЋ ПРЕДВОДИ ЛИСТУ. Zvlášť, když STÓŁ.' },
      { text: 'Kraków, Łódź, Dvořák, ǅ, 東京, 서울, ภาษาไทย, العربية, עברית, Ελληνικά, √2 ≈ 1.41.' },
    ],
    fail: [
      { text: `The ${asCp1252('café')} opens.`, excerpt: 'Ã©', fix: 'é', fixed: 'The café opens.' },
      { text: `It ${asCp1252('isn’t')} over.`, excerpt: 'â€™', fix: '’', fixed: 'It isn’t over.' },
      { text: `It ${asLatin1('isn’t')} over.`, excerpt: asLatin1('’'), fix: '’', fixed: 'It isn’t over.' },
      { text: `He said ${asCp874('“yes”')}.`, excerpt: asCp874('“'), fix: '“' },
      { text: `In ${asCp1252('Москва')} today.`, excerpt: asCp1252('Москва'), fix: 'Москва', fixed: 'In Москва today.' },
      { text: `${asCp1252('Kraków')} and ${asCp1252('Łódź')}.`, excerpt: 'Ã³', fix: 'ó' },
      { text: 'A broken \uFFFD character.', excerpt: '\uFFFD', fix: null },
      { text: `Ulewy ${asCodepage('zalały', CP1250)} ulice.`, excerpt: asCodepage('ł', CP1250), fix: 'ł', fixed: 'Ulewy zalały ulice.' },
      { text: `Brent ${asCodepage('— its', CP1251)} best.`, excerpt: asCodepage('—', CP1251), fix: '—' },
      { text: `In ${asCodepage('Москве', CP1251)} today.`, excerpt: asCodepage('Москве', CP1251), fix: 'Москве' },
      { text: `The ${asCodepage('café', MAC_ROMAN)} opens.`, excerpt: asCodepage('é', MAC_ROMAN), fix: 'é' },
      { field: 'photoCredit', text: `${asCp1252('José')}/AP`, excerpt: 'Ã©', fix: 'é' },
    ],
  },
  'wire-dateline': {
    pass: [
      { text: 'The council met on Tuesday.' },
      { text: 'Officials in WASHINGTON (AP) said nothing.' },
      { text: '(Left) — the mayor spoke first.' },
      { text: 'The council met.\n\nLONDON (Reuters) — A second paragraph is not the lead.' },
    ],
    fail: [
      { text: 'WASHINGTON (AP) — The council met.', excerpt: 'WASHINGTON (AP) — ', fix: '', fixed: 'The council met.' },
      { text: '(CNN) — The council met.', excerpt: '(CNN) — ', fixed: 'The council met.' },
      {
        text: 'PORTSMOUTH — LONDON, Oct 7 (Reuters) - The council met.',
        excerpt: 'LONDON, Oct 7 (Reuters) - ',
        fixed: 'PORTSMOUTH — The council met.',
      },
      { text: 'ROSCOE, South Dakota (AP) -- The council met.', excerpt: 'ROSCOE, South Dakota (AP) -- ' },
    ],
  },
  'wire-more': {
    pass: [{ text: 'There is more to come.' }, { text: 'MORE than 100 people came.' }],
    fail: [
      { text: 'The council met.\n\nMORE\n\nThe vote followed.', excerpt: 'MORE', fix: '', fixed: 'The council met.\n\nThe vote followed.' },
      { text: 'The council met.\n(MORE)', excerpt: '(MORE)', fixed: 'The council met.' },
    ],
  },
  'wire-end-mark': {
    pass: [{ text: 'Temperatures fell to -30 overnight.' }, { text: 'The set ended 30-30.' }],
    fail: [
      { text: 'The council met.\n\n-30-', excerpt: '-30-', fixed: 'The council met.' },
      { text: 'The council met.\n\nENDS', excerpt: 'ENDS' },
      { text: 'The council met.\n\n###\n\nMore text.', excerpt: '###', fixed: 'The council met.\n\nMore text.' },
    ],
  },
  'wire-eds-note': {
    pass: [{ text: 'Editors said the paper would close.' }, { text: 'The column called Eds: Notes ran daily.' }],
    fail: [
      {
        text: 'Eds: Updates with vote count.\n\nThe council met.',
        excerpt: 'Eds: Updates with vote count.',
        fix: '',
        fixed: 'The council met.',
      },
    ],
  },
  'wire-take-marker': {
    pass: [{ text: 'He took 1st place in the race.' }, { text: 'The lead writer filed at noon.' }],
    fail: [
      {
        text: 'BC-US--Harbour-Budget,1st Ld-Writethru\n\nThe council met.',
        excerpt: 'BC-US--Harbour-Budget,1st Ld-Writethru',
        fixed: 'The council met.',
      },
      { field: 'headline', text: 'Council approves budget, 2nd Ld-Writethru', excerpt: '2nd Ld-Writethru' },
    ],
  },
  'wire-copyright': {
    pass: [{ text: 'The council holds the copyright to the harbour logo.' }, { text: 'All rights reserved, the lawyer said.' }],
    fail: [
      {
        text: 'The council met.\n\nCopyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
        excerpt:
          'Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
        fix: '',
        fixed: 'The council met.',
      },
      { text: 'The council met. © 2025 Reuters. All Rights Reserved.', excerpt: '© 2025 Reuters. All Rights Reserved.' },
    ],
  },
  'caption-without-credit': {
    pass: [
      { field: 'photoCredit', text: 'Jane Doe/AP' },
      {
        text: '',
        input: { ...cleanInput(), body: documentOf([...paragraphsOf('The council met.'), figureOf({ caption: '', credit: '' })]) },
      },
    ],
    fail: [{ field: 'photoCredit', text: '', excerpt: '' }],
  },
  'figure-without-alt': {
    pass: [{ field: 'alt', text: 'A crowd outside the town hall' }],
    fail: [
      { field: 'alt', text: '', excerpt: '' },
      { field: 'alt', text: '   ', excerpt: '   ' },
    ],
  },
  'rewrite-credit': {
    pass: [
      { field: 'byline', text: 'AP', context: share(0.1) },
      { field: 'byline', text: 'By The Associated Press', context: share(0.1) },
      { field: 'byline', text: 'Staff and wire reports', context: share(0.5) },
      { field: 'byline', text: 'Jane Doe', context: share(0.9) },
      { field: 'byline', text: 'Jane Doe' },
    ],
    fail: [
      { field: 'byline', text: 'Jane Doe', context: share(0.1), excerpt: 'Jane Doe', fix: 'AP', fixed: 'AP' },
      { field: 'byline', text: 'AP', context: share(0.5), excerpt: 'AP', fix: 'Staff and wire reports' },
      { field: 'byline', text: 'Staff and wire reports', context: share(0.95), excerpt: 'Staff and wire reports', fix: null },
      { field: 'credit', text: 'Daily Slug', context: share(0.9), excerpt: 'Daily Slug', fix: 'Daily Slug, AP' },
      {
        // No figure passed in: estimated from the wire text, which the body copies word for word.
        field: 'byline',
        text: 'Jane Doe',
        input: { ...cleanInput(), byline: 'Jane Doe', wireText: 'The council approved the budget on Tuesday.' },
        excerpt: 'Jane Doe',
        fix: 'AP',
      },
    ],
  },
  'credit-not-in-dictionary': {
    pass: [
      { field: 'credit', text: 'AP' },
      { field: 'credit', text: 'AP, Reuters' },
      { field: 'photoCredit', text: 'Jane Doe/AP' },
    ],
    fail: [
      { field: 'credit', text: 'CNN Wire', excerpt: 'CNN Wire', fix: 'CNN', fixed: 'CNN' },
      // Spelt as the captions manager also recognises it: case, hyphens and brackets do not matter.
      { field: 'credit', text: 'the-cnn wire', excerpt: 'the-cnn wire', fix: 'CNN', fixed: 'CNN' },
      { field: 'credit', text: 'Daily Planet Wire', excerpt: 'Daily Planet Wire', fix: null },
      { field: 'credit', text: 'AP, Agence France-Presse', excerpt: 'Agence France-Presse', fix: 'AFP', fixed: 'AP, AFP' },
      { field: 'photoCredit', text: 'AP Photo/Jane Doe', excerpt: 'AP Photo/Jane Doe', fix: 'Jane Doe/AP' },
      { field: 'photoCredit', text: 'Jane Doe/Associated Press', excerpt: 'Associated Press', fix: 'AP', fixed: 'Jane Doe/AP' },
      { field: 'photoCredit', text: 'Jane Doe', excerpt: 'Jane Doe', fix: null },
    ],
  },
  'headline-length': {
    pass: [
      { field: 'headline', text: 'Council approves harbour budget' },
      { field: 'headline', text: '👨‍👩‍👧'.repeat(70) },
    ],
    fail: [
      { field: 'headline', text: `${'a'.repeat(70)}OVER`, excerpt: 'OVER' },
      { field: 'headline', text: `${'👨‍👩‍👧'.repeat(70)}x`, excerpt: 'x' },
    ],
  },
  'deck-length': {
    pass: [{ field: 'deck', text: 'd'.repeat(160) }],
    fail: [{ field: 'deck', text: `${'d'.repeat(160)} and more`, excerpt: ' and more' }],
  },
  'caption-length': {
    pass: [{ field: 'caption', text: 'c'.repeat(300) }],
    fail: [{ field: 'caption', text: `${'c'.repeat(300)}!`, excerpt: '!' }],
  },
  'caption-repeats-headline': {
    pass: [{ field: 'caption', text: 'Members of the council vote in the town hall.' }],
    fail: [
      { field: 'caption', text: 'Council approves harbour budget', excerpt: 'Council approves harbour budget' },
      { field: 'caption', text: 'COUNCIL APPROVES “HARBOUR” BUDGET!', excerpt: 'COUNCIL APPROVES “HARBOUR” BUDGET!' },
      {
        field: 'caption',
        text: 'Council approves harbour budget. Photo taken Tuesday',
        excerpt: 'Council approves harbour budget. Photo taken Tuesday',
      },
    ],
  },
  'doubled-word': {
    pass: [
      { text: 'He had had enough.' },
      { text: 'Walla Walla is a city.' },
      { text: 'The theory held.' },
      { text: 'It ended.\n\nIt began again.' },
    ],
    fail: [
      { text: 'The the council met.', excerpt: 'The the', fix: 'The', fixed: 'The council met.' },
      { text: 'across the\nthe line', excerpt: 'the\nthe', fixed: 'across the line' },
      { text: 'it was the the the end', excerpt: 'the the the', fixed: 'it was the end' },
    ],
  },
  'doubled-space': {
    pass: [{ text: 'One space between words.' }],
    fail: [{ text: 'Two  spaces.', excerpt: '  ', fix: ' ', fixed: 'Two spaces.' }],
  },
  'unbalanced-quotes': {
    pass: [
      { text: '“Yes,” she said, “we will.”' },
      { text: 'The workers’ union met.' },
      { text: "He said 'no' to it and didn't look back." },
      { text: '“We will keep going.\n\n“And we will win,” he said.' },
      { text: 'Rock ’n’ roll in the ’90s.' },
    ],
    fail: [
      { text: '“Yes, she said.', excerpt: '“' },
      { text: 'She said no.” Then she left.', excerpt: '”' },
      { text: '“Yes.\n\nThe council met.', excerpt: '“' },
      { text: '"Yes, she said.', excerpt: '"' },
    ],
  },
  'unbalanced-brackets': {
    pass: [{ text: '(It passed.) [Sic] {fine} 发言人（Stephanie）表示' }, { text: 'Options:\na) one\nb) two' }, { text: 'Nice :)' }],
    fail: [
      { text: '(It passed.', excerpt: '(' },
      { text: 'It passed.)', excerpt: ')' },
      { text: 'It [passed).', excerpt: '[' },
      { text: 'NASA发言人（Stephanie Schierholz)表示', excerpt: '（' },
    ],
  },
  'straight-quotes': {
    pass: [{ text: '“Yes,” she said, ‘no’.' }, { text: 'He is 6\'2" tall.' }],
    fail: [
      { text: '"Yes," she said.', excerpt: '"', fix: '“', fixed: '“Yes," she said.' },
      { text: "They don't know.", excerpt: "'", fix: '’', fixed: 'They don’t know.' },
      { text: "In the '90s.", excerpt: "'", fix: '’' },
    ],
  },
  'double-hyphen': {
    pass: [{ text: 'A well-known dash — here.' }, { text: '----' }],
    fail: [
      { text: 'Yes--no', excerpt: '--', fix: ' — ', fixed: 'Yes — no' },
      { text: 'Yes -- no', excerpt: ' -- ', fix: ' — ', fixed: 'Yes — no' },
    ],
  },
  'three-dots': {
    pass: [{ text: 'Wait… what.' }, { text: 'Version 1.2.3 shipped.' }],
    fail: [
      { text: 'Wait... what', excerpt: '...', fix: '…', fixed: 'Wait… what' },
      { text: 'Wait. . . what', excerpt: '. . .', fix: '…' },
    ],
  },
  numerals: {
    pass: [
      { text: 'She has three dogs and 12 cats.' },
      { text: 'The boy is 5 years old; his sister, 7, is a 7-year-old.' },
      { text: 'A 6-foot wall, 4 percent, $5 million, at 3 p.m., on Oct. 7.' },
      { text: 'They won 5-4, the No. 3 seed on Route 9 with Windows 7.' },
      { text: 'Ten people came. He lives at 5 Main St.' },
    ],
    fail: [
      { text: 'She has 3 dogs.', excerpt: '3', fix: 'three', fixed: 'She has three dogs.' },
      { text: 'They bought twelve apples.', excerpt: 'twelve', fix: '12', fixed: 'They bought 12 apples.' },
      { text: 'They bought twenty-five apples.', excerpt: 'twenty-five', fix: '25' },
      { text: 'Prices rose five percent.', excerpt: 'five', fix: '5', fixed: 'Prices rose 5 percent.' },
      { text: 'A boy, five years old, watched.', excerpt: 'five', fix: '5' },
    ],
  },
  percent: {
    pass: [{ text: 'Prices rose 5 percent.' }, { text: 'A 100 percent effort.' }],
    fail: [
      { text: 'Prices rose 5%.', excerpt: '%', fix: ' percent', fixed: 'Prices rose 5 percent.' },
      { text: 'Prices rose 5 per cent.', excerpt: 'per cent', fix: 'percent', fixed: 'Prices rose 5 percent.' },
      { text: 'Prices rose 5 pct.', excerpt: 'pct', fix: 'percent' },
    ],
  },
  'month-abbreviation': {
    pass: [
      { text: 'On Oct. 7 the council met.' },
      { text: 'In October the council met, and in October 2025.' },
      { text: 'On May 7 and March 3, 2025.' },
    ],
    fail: [
      { text: 'On October 7 the council met.', excerpt: 'October 7', fix: 'Oct. 7', fixed: 'On Oct. 7 the council met.' },
      { text: 'On Sep. 7 it rained.', excerpt: 'Sep. 7', fix: 'Sept. 7' },
      { text: 'On October 7th it rained.', excerpt: 'October 7th', fix: 'Oct. 7' },
      { text: 'In Oct. 2025 it rained.', excerpt: 'Oct.', fix: 'October', fixed: 'In October 2025 it rained.' },
      { text: 'On 7 October 2025 it rained.', excerpt: '7 October 2025', fix: 'Oct. 7, 2025' },
      { text: 'On Mar. 3 it rained.', excerpt: 'Mar. 3', fix: 'March 3' },
    ],
  },
  'us-style': {
    pass: [{ text: 'The U.S. economy grew.' }, { text: 'LET US GO NOW' }, { text: 'The US economy grew.', context: usStyle('US') }],
    fail: [
      { text: 'The US economy grew.', excerpt: 'US', fix: 'U.S.', fixed: 'The U.S. economy grew.' },
      { text: 'They flew to the US.', excerpt: 'US.', fix: 'U.S.', fixed: 'They flew to the U.S.' },
      { text: 'The U.S. economy grew.', context: usStyle('US'), excerpt: 'U.S.', fix: 'US', fixed: 'The US economy grew.' },
      { text: 'They flew to the U.S.', context: usStyle('US'), excerpt: 'U.S.', fix: 'US.', fixed: 'They flew to the US.' },
    ],
  },
};

export function sampleInput(sample: Sample): CheckInput {
  return sample.input ?? inputWith(sample.field ?? 'body', sample.text);
}
