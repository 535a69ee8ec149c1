import { describe, expect, it } from 'vitest';
import { bodyProjection, replaceTextRange } from '../../../src/shared/rewrite';
import {
  documentOf,
  documentFromText,
  figure,
  heading,
  link,
  list,
  paragraph,
  TEXT_FORMAT,
  textRun,
} from '../../../src/shared/story/document';
import { blockText, documentText } from '../../../src/shared/story/text';

const doc = documentOf([
  heading('h2', [textRun('Storm over')]),
  paragraph([textRun('Ferries sailed '), textRun('again', TEXT_FORMAT.italic), textRun(' on Monday.')]),
  paragraph([textRun('See '), link('https://example.com/ferries', [textRun('the timetable')]), textRun('.')]),
  figure({ mediaId: null, width: null, height: null, alt: '', credit: 'STW', caption: documentFromText('A ferry') }),
  list('bullet', [[textRun('North route')], [textRun('South route')]]),
]);

describe('bodyProjection', () => {
  it('gives exactly documentText, with each block’s place in it', () => {
    const p = bodyProjection(doc);
    expect(p.text).toBe(documentText(doc));
    expect(p.blocks.map((b) => [b.rootIndex, p.text.slice(b.start, b.end), b.editable])).toEqual([
      [0, 'Storm over', true],
      [1, 'Ferries sailed again on Monday.', true],
      [2, 'See the timetable.', true],
      // documentText decides how list items read; the projection only has to agree with it.
      [4, blockText(doc.root.children[4]!), false],
    ]);
  });
});

describe('replaceTextRange', () => {
  const text = documentText(doc);
  const at = (needle: string) => text.indexOf(needle);

  it('replaces words inside one paragraph, keeping the formatting around them', () => {
    const start = at('Monday');
    const out = replaceTextRange(doc, start, start + 'Monday'.length, 'Tuesday morning')!;
    expect(documentText(out)).toBe(text.replace('Monday', 'Tuesday morning'));
    const p = out.root.children[1]!;
    expect(p.type === 'paragraph' && p.children.map((c) => (c.type === 'text' ? [c.text, c.format] : c.type))).toEqual([
      ['Ferries sailed ', 0],
      ['again', TEXT_FORMAT.italic],
      [' on Tuesday morning.', 0],
    ]);
  });

  it('keeps a link when text inside it changes', () => {
    const start = at('timetable');
    const out = replaceTextRange(doc, start, start + 'timetable'.length, 'new timetable')!;
    const p = out.root.children[2]!;
    expect(p.type === 'paragraph' && p.children[1]).toMatchObject({ type: 'link', url: 'https://example.com/ferries' });
    expect(documentText(out)).toBe(text.replace('the timetable', 'the new timetable'));
  });

  it('starts new paragraphs at blank lines, and the subhead stays a subhead', () => {
    const end = at('Storm over') + 'Storm over'.length;
    const out = replaceTextRange(doc, end, end, '\n\nA new paragraph from the wire.')!;
    expect(out.root.children.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'figure', 'list']);
    expect(documentText(out)).toBe(text.replace('Storm over', 'Storm over\n\nA new paragraph from the wire.'));
    const before = replaceTextRange(doc, 0, 0, 'Lead paragraph.\n\n')!;
    expect(before.root.children.slice(0, 2).map((b) => b.type)).toEqual(['paragraph', 'heading']);
  });

  it('removes a whole paragraph cleanly', () => {
    const start = at('Storm over') + 'Storm over'.length;
    const end = at('Monday.') + 'Monday.'.length;
    const out = replaceTextRange(doc, start, end, '')!;
    expect(documentText(out)).toBe(text.replace('\n\nFerries sailed again on Monday.', ''));
    expect(out.root.children).toHaveLength(4);
  });

  it('refuses ranges in a list or across a figure, and ranges out of bounds', () => {
    const inList = at('North');
    expect(replaceTextRange(doc, inList, inList + 5, 'East')).toBeNull();
    expect(replaceTextRange(doc, at('See'), at('North') + 2, 'x')).toBeNull();
    expect(replaceTextRange(doc, -1, 2, 'x')).toBeNull();
    expect(replaceTextRange(doc, 0, text.length + 1, 'x')).toBeNull();
  });

  it('never changes the document it was given', () => {
    const before = JSON.stringify(doc);
    replaceTextRange(doc, 0, 5, 'Calm');
    expect(JSON.stringify(doc)).toBe(before);
  });
});
