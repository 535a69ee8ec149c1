import { describe, expect, it } from 'vitest';
import { diffStoryFields } from '../../../src/shared/rewrite';
import { documentFromText, documentOf, figure, paragraph, TEXT_FORMAT, textRun } from '../../../src/shared/story/document';
import type { StoryFields } from '../../../src/shared/story/model';

const base: StoryFields = {
  slug: 'ferry',
  headline: 'Ferries sail again',
  headlineDoc: null,
  deck: '',
  deckDoc: null,
  byline: 'By Ines Okafor',
  dateline: 'NORTH BAY',
  body: documentOf([paragraph([textRun('Ferries sailed on Monday.')])]),
  credit: 'STW',
  copyright: '',
  language: 'en',
  tags: ['ferries'],
};

describe('diffStoryFields', () => {
  it('reports only the fields that differ, each as a word diff', () => {
    const newer = { ...base, headline: 'Ferries sail again after storm', byline: 'Staff and wire reports', tags: ['ferries', 'weather'] };
    const diffs = diffStoryFields(base, newer);
    expect(diffs.map((d) => d.label)).toEqual(['Headline', 'Byline', 'Tags']);
    expect(diffs[0]!.segments).toEqual([
      { kind: 'same', text: 'Ferries sail again' },
      { kind: 'insert', text: ' after storm' },
    ]);
  });

  it('says when only the formatting of the body changed', () => {
    const newer = { ...base, body: documentOf([paragraph([textRun('Ferries sailed on Monday.', TEXT_FORMAT.bold)])]) };
    expect(diffStoryFields(base, newer)).toEqual([{ field: 'body', label: 'Body', segments: [], formattingOnly: true }]);
  });

  it('compares captions, photo credits and alt text of figures on their own', () => {
    const fig = (caption: string, credit: string) =>
      figure({ mediaId: null, width: null, height: null, alt: '', credit, caption: documentFromText(caption) });
    const a = { ...base, body: documentOf([...base.body.root.children, fig('A ferry at the pier', 'STW')]) };
    const b = { ...base, body: documentOf([...base.body.root.children, fig('A ferry at the north pier', 'Jo Lee/STW')]) };
    expect(diffStoryFields(a, b).map((d) => d.label)).toEqual(['Caption 1', 'Photo credit 1']);
  });

  it('finds nothing between identical versions', () => {
    expect(diffStoryFields(base, structuredClone(base))).toEqual([]);
  });
});
