// The paste cleaner against clipboard HTML as Word, Google Docs and a news site really send it
// (fixtures written for the project): only story structure survives, text is repaired, and the
// result goes through the editor into a document the story schema accepts.
import { $createParagraphNode, $getRoot, $getSelection, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { storyDocumentSchema, type StoryDocument } from '../../../src/shared/story/document';
import { documentText } from '../../../src/shared/story/text';
import { BODY_NODES } from '../../../src/renderer/editor/nodes/bodyNodes';
import { cleanPastedHtml } from '../../../src/renderer/editor/paste/cleanHtml';
import { $insertCleanHtml, $insertPlainText } from '../../../src/renderer/editor/paste/insertPaste';

import googleDocsHtml from '../../fixtures/clipboard/google-docs.html?raw';
import newsPageHtml from '../../fixtures/clipboard/news-page.html?raw';
import wordHtml from '../../fixtures/clipboard/word.html?raw';

const FIXTURES: Record<string, string> = { 'word.html': wordHtml, 'google-docs.html': googleDocsHtml, 'news-page.html': newsPageHtml };
const fixture = (name: string) => FIXTURES[name]!;

function pasteIntoBody(paste: (editor: ReturnType<typeof createEditor>) => void): StoryDocument {
  const editor = createEditor({
    namespace: 'test',
    nodes: BODY_NODES,
    onError: (e) => {
      throw e;
    },
  });
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      $getRoot().clear().append(paragraph);
      paragraph.select();
      paste(editor);
    },
    { discrete: true },
  );
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as StoryDocument;
}

function allAttributes(body: HTMLElement): string[] {
  return Array.from(body.querySelectorAll('*')).flatMap((el) =>
    Array.from(el.attributes).map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
  );
}

describe('paste from Word', () => {
  const { body, droppedImages } = cleanPastedHtml(fixture('word.html'));
  const html = body.innerHTML;

  it('keeps structure: subhead, bold, italic, real lists, the link', () => {
    expect(body.querySelector('h2')?.textContent).toBe('Council backs tram extension');
    expect(body.querySelector('strong')?.textContent).toBe('34 to 12');
    expect(Array.from(body.querySelectorAll('em')).map((e) => e.textContent)).toContain('Northgate');
    expect(Array.from(body.querySelectorAll('ul > li')).map((li) => li.textContent)).toEqual(['Four new stops', 'Work to start in spring']);
    expect(Array.from(body.querySelectorAll('ol > li')).map((li) => li.textContent)).toEqual([
      'Consultation closes in May',
      'Contracts signed by July',
    ]);
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://council.example.gov/trams');
  });

  it('drops Word junk: o:p, styles, classes, conditional comments, list bullets, empty paragraphs', () => {
    expect(html).not.toMatch(/o:p|mso-|MsoNormal|class=|style=|<!--|supportLists|Symbol|·/);
    expect(allAttributes(body)).toEqual(['a[href]']);
    expect(Array.from(body.querySelectorAll('p')).every((p) => (p.textContent ?? '').trim() !== '')).toBe(true);
  });

  it('unlinks file:// links and leaves the local picture out, counting it', () => {
    expect(html).toContain('the brief');
    expect(html).not.toContain('file:');
    expect(body.querySelector('img')).toBeNull();
    expect(droppedImages).toBe(1);
  });

  it('repairs mojibake in the text', () => {
    expect(body.textContent).toContain('Café owners');
    expect(body.textContent).not.toContain('CafÃ©');
  });
});

describe('paste from Google Docs', () => {
  const { body, droppedImages } = cleanPastedHtml(fixture('google-docs.html'));

  it('unwraps the docs-internal-guid <b> (the paste is not all bold)', () => {
    expect(body.querySelector('b')).toBeNull();
    expect(body.innerHTML).not.toContain('docs-internal-guid');
    expect(Array.from(body.querySelectorAll('strong')).map((s) => s.textContent)).toEqual(['all evening sailings']);
  });

  it('turns styled spans into bold and italic, and drops the spans', () => {
    expect(Array.from(body.querySelectorAll('em')).map((s) => s.textContent)).toEqual(['Harbour Gazette']);
    expect(body.querySelector('span')).toBeNull();
  });

  it('keeps the heading, the list and the real link address behind Google’s redirect', () => {
    expect(body.querySelector('h2')?.textContent).toBe('Ferries cancelled as storm nears');
    expect(Array.from(body.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['Coastguard on alert', 'Schools to open late']);
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://weather.example.org/warnings');
    expect(droppedImages).toBe(1);
  });
});

describe('paste from a news page', () => {
  const { body, droppedImages } = cleanPastedHtml(fixture('news-page.html'));
  const html = body.innerHTML;

  it('removes scripts, styles, forms, frames, SVG and event handlers', () => {
    expect(html).not.toMatch(/script|dataLayer|onclick|onmouseover|iframe|<form|<input|<button|<svg|alert|<style|color: red/);
  });

  it('drops tracking pixels without counting them, and counts the real picture', () => {
    expect(body.querySelector('img')).toBeNull();
    expect(droppedImages).toBe(1);
  });

  it('refuses unsafe and relative links but keeps their words', () => {
    const hrefs = Array.from(body.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://tolls.example.com/pay']);
    expect(body.textContent).toContain('Mara Oduya');
    expect(body.textContent).toContain('phone');
    expect(body.textContent).toContain('Traffic plan');
    expect(body.querySelector('a')?.getAttribute('rel')).toBeNull();
    expect(body.querySelector('a')?.getAttribute('target')).toBeNull();
  });

  it('maps h1 to a subhead and h4 to a minor subhead, flattens nested quotes and tables', () => {
    expect(body.querySelector('h2')?.textContent).toBe('Bridge reopens after six months');
    expect(Array.from(body.querySelectorAll('h3')).map((h) => h.textContent)).toEqual(['Related', 'How it works']);
    expect(body.querySelectorAll('blockquote')).toHaveLength(1);
    expect(body.querySelector('table,td,th,tr')).toBeNull();
    expect(body.textContent).toContain('Lane');
    expect(Array.from(body.querySelectorAll('strong')).map((s) => s.textContent)).toEqual(['reopened to traffic', 'March']);
  });
});

describe('cleaned paste in the editor', () => {
  it.each(['word.html', 'google-docs.html', 'news-page.html'])('%s becomes a valid story document', (name) => {
    const doc = pasteIntoBody((editor) => $insertCleanHtml(editor, fixture(name), $getSelection()!));
    expect(storyDocumentSchema.safeParse(doc).success).toBe(true);
    const json = JSON.stringify(doc);
    expect(json).not.toMatch(/"style":"[^"]|"format":(4|8|16|32|64)\b/);
    expect(documentText(doc).length).toBeGreaterThan(20);
  });

  it('Word lists arrive as list nodes and the subhead as h2', () => {
    const doc = pasteIntoBody((editor) => $insertCleanHtml(editor, fixture('word.html'), $getSelection()!));
    const types = doc.root.children.map((b) =>
      b.type === 'heading' ? `heading:${b.tag}` : b.type === 'list' ? `list:${b.listType}` : b.type,
    );
    expect(types).toEqual(expect.arrayContaining(['heading:h2', 'list:bullet', 'list:number', 'paragraph']));
  });

  it('plain text: paragraphs at blank lines, repaired', () => {
    const doc = pasteIntoBody((editor) =>
      $insertPlainText(editor, 'First paragraph.\r\n\r\nSecond â€” with a dash.\n\nThird.', $getSelection()!),
    );
    expect(doc.root.children.map((b) => documentText({ root: { type: 'root', children: [b] } }))).toEqual([
      'First paragraph.',
      'Second — with a dash.',
      'Third.',
    ]);
  });
});
