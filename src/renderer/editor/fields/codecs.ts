// How each story field maps to and from an editor state. Rich headline/deck keep their document and
// the plain line main derives from it (computed the same way, so a save never looks unsaved after).
import { $getRoot, type EditorState } from 'lexical';
import { documentFromText, type StoryDocument } from '../../../shared/story/document';
import { documentText } from '../../../shared/story/text';
import type { FieldCodec } from './DraftFieldPlugin';

/** The single line a rich field stands for — the same rule main applies (storyRows.lineOf). */
export function lineOf(doc: StoryDocument): string {
  return documentText(doc)
    .replace(/\s*\n+\s*/g, ' ')
    .trim();
}

function asDocument(state: EditorState): StoryDocument {
  return state.toJSON() as unknown as StoryDocument;
}

/** A document Lexical can load: at least one block (an empty root cannot be set as a state). */
export function loadableDocument(doc: StoryDocument): StoryDocument {
  return doc.root.children.length > 0 ? doc : documentFromText('');
}

export function stateText(state: EditorState): string {
  return state.read(() => $getRoot().getTextContent());
}

/** Headline or deck: italics allowed, saved as document plus plain line. */
export function richLineCodec(docKey: 'headlineDoc' | 'deckDoc', textKey: 'headline' | 'deck'): FieldCodec {
  return {
    toState: (value) => loadableDocument(typeof value === 'string' ? documentFromText(value) : (value as StoryDocument)),
    toPatch: (state) => {
      const doc = asDocument(state);
      return { [docKey]: doc, [textKey]: lineOf(doc) };
    },
  };
}

/** Byline, dateline, credit, copyright: one plain line. */
export function plainLineCodec(key: 'byline' | 'dateline' | 'credit' | 'copyright'): FieldCodec {
  return {
    toState: (value) => documentFromText(String(value ?? '')),
    toPatch: (state) => ({ [key]: stateText(state).replace(/\s*\n+\s*/g, ' ') }),
  };
}

export const bodyCodec: FieldCodec = {
  toState: (value) => loadableDocument(value as StoryDocument),
  toPatch: (state) => ({ body: asDocument(state) }),
};

export const CODECS = {
  headline: richLineCodec('headlineDoc', 'headline'),
  deck: richLineCodec('deckDoc', 'deck'),
  byline: plainLineCodec('byline'),
  dateline: plainLineCodec('dateline'),
  credit: plainLineCodec('credit'),
  copyright: plainLineCodec('copyright'),
  body: bodyCodec,
} as const;
