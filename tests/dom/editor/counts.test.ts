// Field counts: user-perceived characters and words (Intl.Segmenter), the labels beside the
// fields and the sentences read to screen readers.
import { describe, expect, it } from 'vitest';
import { countGraphemes, countWords } from '../../../src/shared/story/text';
import { countLabel, countSentence } from '../../../src/renderer/editor/fields/FieldCounter';

describe('counting', () => {
  it.each([
    ['Tram line extension approved', 28, 4],
    ['Café reopens', 12, 2],
    ['👩‍👩‍👧 family day 🇳🇬', 14, 2],
    ['ราคาน้ำมันลดลง', 11, 3],
    ['东京将举办奥运会', 8, 4],
  ])('%s → %i characters, %i words', (text, chars, words) => {
    expect(countGraphemes(text)).toBe(chars);
    // Word segmentation of Thai and Chinese depends on the ICU data; at least more than one word.
    if (words <= 2) expect(countWords(text)).toBe(words);
    else expect(countWords(text)).toBeGreaterThan(1);
  });
});

describe('labels', () => {
  it('against a target', () => {
    expect(countLabel(43, 7, 70)).toBe('43/70 · 7 words');
    expect(countLabel(1, 1, 70)).toBe('1/70 · 1 word');
  });
  it('without a target', () => {
    expect(countLabel(9, 2)).toBe('9 chars · 2 words');
  });
  it('spoken: within and over the target', () => {
    expect(countSentence('Headline', 43, 7, 70)).toBe('Headline: 43 characters, 7 words of 70.');
    expect(countSentence('Headline', 75, 12, 70)).toBe('Headline: 75 characters, 12 words, 5 over the 70 target.');
    expect(countSentence('Byline', 0, 0)).toBe('Byline: 0 characters, 0 words.');
  });
});
