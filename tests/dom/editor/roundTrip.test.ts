// Loading a stored document into the editor and exporting it again gives back the same document,
// for every node type the story schema allows — so opening and saving an untouched story changes
// nothing. Runs Lexical headless (createEditor, no DOM root) with the editors' own node lists.
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import {
  documentFromText,
  documentOf,
  figure,
  heading,
  link,
  list,
  paragraph,
  quote,
  storyDocumentSchema,
  textRun,
  type StoryDocument,
} from '../../../src/shared/story/document';
import { bodyCodec, CODECS } from '../../../src/renderer/editor/fields/codecs';
import { tagsCodec } from '../../../src/renderer/editor/fields/TagsField';
import { BODY_NODES } from '../../../src/renderer/editor/nodes/bodyNodes';
import { TagNode } from '../../../src/renderer/editor/nodes/TagNode';

function editorWith(nodes = BODY_NODES): LexicalEditor {
  return createEditor({
    namespace: 'test',
    nodes,
    onError: (e) => {
      throw e;
    },
  });
}

function roundTrip(doc: StoryDocument, nodes = BODY_NODES): unknown {
  const editor = editorWith(nodes);
  const state = editor.parseEditorState(JSON.stringify(doc));
  // Through the live editor too, not only the parsed state.
  editor.setEditorState(state);
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON()));
}

const B = 1;
const I = 2;

const cases: Array<[string, StoryDocument]> = [
  [
    'paragraphs with plain, bold, italic and bold-italic runs',
    documentOf([
      paragraph([textRun('Plain '), textRun('bold', B), textRun(' and '), textRun('italic', I), textRun('both', B | I)]),
      paragraph([textRun('Second.')]),
    ]),
  ],
  ['an empty paragraph', documentOf([paragraph([])])],
  [
    'a line break inside a paragraph',
    documentOf([paragraph([textRun('Line one'), { type: 'linebreak', version: 1 }, textRun('line two')])]),
  ],
  [
    'a tab',
    documentOf([
      paragraph([textRun('a'), { type: 'tab', text: '\t', format: 0, style: '', mode: 'normal', detail: 2, version: 1 }, textRun('b')]),
    ]),
  ],
  ['a link', documentOf([paragraph([textRun('See '), link('https://example.com/report?id=1', [textRun('the report', I)]), textRun('.')])])],
  ['a mailto link', documentOf([paragraph([link('mailto:desk@example.com', [textRun('write to the desk')])])])],
  [
    'an autolink',
    documentOf([
      paragraph([
        {
          type: 'autolink',
          url: 'https://example.org',
          rel: null,
          target: null,
          title: null,
          isUnlinked: false,
          children: [textRun('https://example.org')],
          direction: null,
          format: '',
          indent: 0,
          version: 1,
        } as never,
      ]),
    ]),
  ],
  [
    'subheads h2 and h3',
    documentOf([heading('h2', [textRun('What happened')]), paragraph([textRun('Text.')]), heading('h3', [textRun('Detail')])]),
  ],
  ['a block quote', documentOf([quote([textRun('“We are ready,” she said.')])])],
  ['a bulleted list', documentOf([list('bullet', [[textRun('one')], [textRun('two', B)], [textRun('three')]])])],
  ['a numbered list', documentOf([list('number', [[textRun('first')], [textRun('second')]])])],
  [
    'a numbered list starting at 3',
    documentOf([
      {
        ...list('number', [[textRun('third')], [textRun('fourth')]]),
        start: 3,
        children: list('number', [[textRun('third')], [textRun('fourth')]]).children.map((c, i) => ({ ...c, value: i + 3 })),
      },
    ]),
  ],
  [
    'a nested list',
    documentOf([
      {
        ...list('bullet', [[textRun('outer')]]),
        children: [
          { type: 'listitem', value: 1, children: [textRun('outer')], direction: null, format: '', indent: 0, version: 1 },
          {
            type: 'listitem',
            value: 2,
            // Lexical writes a nested item's depth as its indent.
            children: [
              { ...list('bullet', [[textRun('inner')]]), children: [{ ...list('bullet', [[textRun('inner')]]).children[0]!, indent: 1 }] },
            ],
            direction: null,
            format: '',
            indent: 0,
            version: 1,
          },
        ],
      },
    ]),
  ],
  [
    'a figure with caption, credit and alt text',
    documentOf([
      paragraph([textRun('Before.')]),
      figure({
        mediaId: 'a'.repeat(64),
        width: 1200,
        height: 800,
        alt: 'A ferry leaving the harbour in rain',
        credit: 'Jane Doe / Example Agency',
        caption: documentOf([paragraph([textRun('The last ferry, '), textRun('Island Star', I), textRun(', leaves at 18:40.')])]),
      }),
      paragraph([textRun('After.')]),
    ]),
  ],
  [
    'a figure whose image is missing',
    documentOf([
      figure({ mediaId: null, width: null, height: null, alt: '', credit: 'Agency', caption: documentFromText('Caption only') }),
    ]),
  ],
  [
    'a figure with a two-paragraph caption',
    documentOf([
      figure({
        mediaId: 'b'.repeat(64),
        width: 10,
        height: 10,
        alt: 'x',
        credit: '',
        caption: documentOf([paragraph([textRun('One.')]), paragraph([textRun('Two.')])]),
      }),
    ]),
  ],
  [
    'a figure with an empty caption',
    documentOf([figure({ mediaId: 'c'.repeat(64), width: 1, height: 1, alt: '', credit: '', caption: documentFromText('') })]),
  ],
  ['right-to-left text', documentOf([{ ...paragraph([textRun('مرحبا بالعالم')]), direction: 'rtl' }])],
];

describe('body JSON → Lexical → JSON', () => {
  it.each(cases)('%s is unchanged', (_name, doc) => {
    expect(storyDocumentSchema.safeParse(doc).success).toBe(true);
    const out = roundTrip(doc);
    expect(out).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(storyDocumentSchema.safeParse(out).success).toBe(true);
  });

  it('survives a second trip (export of an export is stable)', () => {
    for (const [, doc] of cases) expect(roundTrip(roundTrip(doc) as StoryDocument)).toEqual(roundTrip(doc));
  });

  it('the body codec reports the same document back', () => {
    const doc = cases.find(([n]) => n.startsWith('a figure with caption'))![1];
    const editor = editorWith();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(bodyCodec.toState(doc))));
    expect(JSON.parse(JSON.stringify(bodyCodec.toPatch(editor.getEditorState())))).toEqual({ body: JSON.parse(JSON.stringify(doc)) });
  });

  it('a figure reads as its caption in plain text (copying keeps the words), never its credit or alt', () => {
    const editor = editorWith();
    const doc = cases.find(([n]) => n.startsWith('a figure with caption'))![1];
    editor.setEditorState(editor.parseEditorState(JSON.stringify(doc)));
    const text = editor.getEditorState().read(() => $getRoot().getTextContent());
    expect(text).toContain('The last ferry, Island Star, leaves at 18:40.');
    expect(text).not.toContain('Jane Doe');
    expect(text).not.toContain('A ferry leaving');
  });

  it('an empty stored body loads as one empty paragraph (Lexical cannot hold an empty root)', () => {
    expect(bodyCodec.toState(documentOf([]))).toEqual(documentFromText(''));
  });
});

describe('single-line fields', () => {
  it('headline with italics: document and plain line', () => {
    const doc = documentOf([paragraph([textRun('Crew of '), textRun('Island Star', I), textRun(' rescued')])]);
    const editor = editorWith([]);
    editor.setEditorState(editor.parseEditorState(JSON.stringify(CODECS.headline.toState(doc))));
    const patch = JSON.parse(JSON.stringify(CODECS.headline.toPatch(editor.getEditorState())));
    expect(patch).toEqual({ headlineDoc: JSON.parse(JSON.stringify(doc)), headline: 'Crew of Island Star rescued' });
  });

  it('a headline stored as plain text (no document) loads as that text', () => {
    const editor = editorWith([]);
    editor.setEditorState(editor.parseEditorState(JSON.stringify(CODECS.deck.toState('  Deck text  '))));
    expect(CODECS.deck.toPatch(editor.getEditorState())).toMatchObject({ deck: 'Deck text' });
  });

  it.each(['byline', 'dateline', 'credit', 'copyright'] as const)('%s is a plain line, unchanged', (field) => {
    const editor = editorWith([]);
    const value = field === 'copyright' ? '© 2026 Example Agency' : 'Mara Oduya in Lagos';
    editor.setEditorState(editor.parseEditorState(JSON.stringify(CODECS[field].toState(value))));
    expect(CODECS[field].toPatch(editor.getEditorState())).toEqual({ [field]: value });
  });

  it('tags load as tokens and come back as the same list', () => {
    const editor = editorWith([TagNode]);
    const tags = ['Weather', 'Ferries', 'Public transport'];
    editor.setEditorState(editor.parseEditorState(JSON.stringify(tagsCodec.toState(tags))));
    expect(tagsCodec.toPatch(editor.getEditorState())).toEqual({ tags });
  });
});
