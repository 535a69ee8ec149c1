// Credit normalisation as tables: dictionary variants, structural patterns, what is left alone,
// and the classification the captions manager filters on.
import { describe, expect, it } from 'vitest';
import {
  classifyCredit,
  creditKey,
  normaliseCredit,
  parseDictionaryJson,
  planCreditChanges,
  type CreditDictionary,
} from '../../../src/shared/credits';
import { defaultPreferences } from '../../../src/shared/settings/preferences';

const dictionary: CreditDictionary = defaultPreferences().creditDictionary;

describe('normaliseCredit', () => {
  it.each([
    // dictionary variants (data)
    ['The-CNN-Wire', 'CNN'],
    ['CNN Wire', 'CNN'],
    ['(CNN)', 'CNN'],
    ['the cnn wire', 'CNN'],
    ['  CNN   Wire ', 'CNN'],
    ['Associated Press', 'AP'],
    ['The Associated Press', 'AP'],
    ['Agence France-Presse', 'AFP'],
    ['Agence France Presse', 'AFP'],
    ['Deutsche Presse-Agentur', 'dpa'],
    // an agency written as a photo credit
    ['AP Photo', 'AP'],
    ['Reuters Pictures', 'Reuters'],
    // structural patterns: photographer first, agency (house form) last
    ['AP Photo/Jane Doe', 'Jane Doe/AP'],
    ['AP Photo / Jane Doe', 'Jane Doe/AP'],
    ['AP photo by Jane Doe', 'Jane Doe/AP'],
    ['Associated Press Photo/Jane Doe', 'Jane Doe/AP'],
    ['Photo: Jane Doe/AP', 'Jane Doe/AP'],
    ['Photo by Jane Doe / Associated Press', 'Jane Doe/AP'],
    ['Jane Doe (AP)', 'Jane Doe/AP'],
    ['Jane Doe for AP', 'Jane Doe/AP'],
    ['Jane Doe / Associated Press', 'Jane Doe/AP'],
    ['Jane Doe/AP Photo', 'Jane Doe/AP'],
    ['AP/Jane Doe', 'Jane Doe/AP'],
    ['Reuters/Ahmed Al-Masri', 'Ahmed Al-Masri/Reuters'],
    ['Jane  Doe/AP', 'Jane Doe/AP'],
  ])('%s → %s', (before, after) => {
    expect(normaliseCredit(before, dictionary)?.credit).toBe(after);
  });

  it.each([
    ['Jane Doe/AP', 'already house form'],
    ['CNN', 'a house form'],
    ['AP', 'a house form'],
    ['Jane Doe', 'a name without an agency'],
    ['Courtesy of the city council', 'not a known agency'],
    ['Jane Doe/Getty Images', 'an agency the dictionary does not know'],
    ['AP/Reuters', 'two agencies: left to a person'],
    ['', 'empty'],
  ])('leaves %s alone (%s)', (credit) => {
    expect(normaliseCredit(credit, dictionary)).toBeNull();
  });

  it('says why, for the preview', () => {
    expect(normaliseCredit('CNN Wire', dictionary)?.reason).toBe('dictionary: CNN Wire → CNN');
    expect(normaliseCredit('AP Photo/Jane Doe', dictionary)?.reason).toMatch(/AP Photo\/NAME → NAME\/AP/);
  });

  it('uses the dictionary as data: a new variant normalises with no code change', () => {
    const own: CreditDictionary = [
      ...dictionary,
      { variant: 'Bloomberg News', house: 'Bloomberg' },
      { variant: 'Bloomberg', house: 'Bloomberg' },
    ];
    expect(normaliseCredit('Bloomberg News', own)?.credit).toBe('Bloomberg');
    expect(normaliseCredit('Bloomberg News Photo/Sam Lee', own)?.credit).toBe('Sam Lee/Bloomberg');
    expect(normaliseCredit('Bloomberg News', dictionary)).toBeNull();
  });

  it('never lets a variant shadow a house form spelt differently', () => {
    const odd: CreditDictionary = [
      { variant: 'ap', house: 'AP' },
      { variant: 'AP', house: 'Something else' },
    ];
    expect(normaliseCredit('AP', odd)).toBeNull();
    expect(normaliseCredit('ap', odd)?.credit).toBe('AP');
  });
});

describe('classifyCredit', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['AP', 'house'],
    ['Jane Doe/AP', 'house'],
    ['Jane Doe/Pool/AP', 'house'],
    ['CNN Wire', 'variant'],
    ['AP Photo/Jane Doe', 'variant'],
    ['Jane Doe', 'unknown'],
    ['Jane Doe/Getty Images', 'unknown'],
  ] as const)('%s is %s', (credit, kind) => {
    expect(classifyCredit(credit, dictionary)).toBe(kind);
  });
});

describe('creditKey and dictionary import', () => {
  it('folds case, spacing, hyphens and brackets', () => {
    expect(creditKey('The-CNN-Wire')).toBe(creditKey(' the cnn  WIRE '));
    expect(creditKey('(CNN)')).toBe('cnn');
  });

  it('reads a list or an object, and says which row is wrong', () => {
    expect(parseDictionaryJson([{ variant: 'A', house: 'B' }])).toEqual({ ok: true, entries: [{ variant: 'A', house: 'B' }] });
    expect(parseDictionaryJson({ 'CNN Wire': 'CNN' })).toEqual({ ok: true, entries: [{ variant: 'CNN Wire', house: 'CNN' }] });
    expect(parseDictionaryJson([{ variant: 'A' }])).toEqual({ ok: false, error: 'Row 1: needs a "variant" and a "house" text.' });
    expect(parseDictionaryJson('nonsense')).toMatchObject({ ok: false });
  });
});

describe('planCreditChanges', () => {
  it('lists every change with before, after and why, and nothing for credits already right', () => {
    const figures = [
      { storyId: 1, version: 3, index: 0, headline: 'Storm', credit: 'AP Photo/Jane Doe' },
      { storyId: 1, version: 3, index: 1, headline: 'Storm', credit: 'Jane Doe/AP' },
      { storyId: 2, version: 1, index: 0, headline: 'Flood', credit: '(CNN)' },
      { storyId: 2, version: 1, index: 1, headline: 'Flood', credit: '' },
    ];
    expect(planCreditChanges(figures, dictionary)).toEqual([
      {
        storyId: 1,
        version: 3,
        index: 0,
        headline: 'Storm',
        before: 'AP Photo/Jane Doe',
        after: 'Jane Doe/AP',
        reason: expect.any(String),
      },
      { storyId: 2, version: 1, index: 0, headline: 'Flood', before: '(CNN)', after: 'CNN', reason: 'dictionary: (CNN) → CNN' },
    ]);
  });
});
