import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGraphemes, countWords } from '../../../src/shared/story/text';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const reference = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).length;

describe('word and character counts', () => {
  it.each([
    ['The council approved the $3.5 million budget on Tuesday, officials said.'],
    ["Don't stop: the U.S. team's 1,000th goal came at 9:30 p.m."],
    ['A state-of-the-art bridge — and a “new” era… (maybe).'],
    ['Die Bürgermeisterin kündigte drastische Einsparungen an.'],
    ['Совет директоров «РОСНЕФТИ» одобрил дивиденды.'],
    ['Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ακρίβεια.'],
    ['Le président a déclaré qu’il n’y aurait « aucune » hausse.'],
    ['Việt Nam công bố kế hoạch phát triển kinh tế mới.'],
    ['तेंदुलकर ने कहा कि टीम तैयार है।'],
    ['رئيس الوزراء يعلن عن خطة جديدة للإسكان'],
    ['email desk@example.com or call +44 20 7946 0958'],
  ])('matches Intl.Segmenter on %j', (text) => {
    expect(countWords(text)).toBe(reference(text));
  });

  it('uses the dictionary segmenter for scripts without spaces', () => {
    expect(countWords('ข่าวด่วนวันนี้')).toBe(reference('ข่าวด่วนวันนี้'));
    expect(countWords('東京都は新しい計画を発表した')).toBe(reference('東京都は新しい計画を発表した'));
    expect(countWords('北京市政府今天宣布')).toBeGreaterThan(1);
  });

  it('agrees with Intl.Segmenter on generated news-like text', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,12}$/);
    const sep = fc.constantFrom(' ', ', ', '. ', ' — ', ' (', ') ', '; ', '! ', ' "', '" ', ' 12 ', ' 3.5 ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 40 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        expect(countWords(text)).toBe(reference(text));
      }),
      { numRuns: 300 },
    );
  });

  it('counts user-perceived characters', () => {
    expect(countGraphemes('café')).toBe(4);
    expect(countGraphemes('👩‍👩‍👧‍👦 family')).toBe(8);
    expect(countGraphemes('ข่าว')).toBe(3);
  });
});

describe('plain text of a document', () => {
  it('keeps list items, nested lists included, in document order', async () => {
    const { documentText } = await import('../../../src/shared/story/text');
    const { documentOf, list, textRun } = await import('../../../src/shared/story/document');
    const outer = list('bullet', [[textRun('one')], [textRun('two')], [textRun('three')]]);
    outer.children[1]!.children.push(list('number', [[textRun('two-a')], [textRun('two-b')]]));
    expect(documentText(documentOf([outer]))).toBe('one\ntwo\ntwo-a\ntwo-b\nthree');
  });
});
