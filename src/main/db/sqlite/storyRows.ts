// Mapping between story rows and the story model, and the derived columns each write refreshes
// (plain text, word count, search index text, figure index).
import { emptyDocument, storyDocumentSchema, type StoryDocument } from '../../../shared/story/document';
import type { Story, StoryFields, StoryStatus } from '../../../shared/story/model';
import { captionsText, countWords, documentText, figuresOf } from '../../../shared/story/text';

export interface StoryRow {
  id: number;
  slug: string;
  status: StoryStatus;
  status_before_spike: string | null;
  headline: string;
  headline_doc: string | null;
  deck: string;
  deck_doc: string | null;
  byline: string;
  dateline: string;
  body: string;
  body_text: string;
  words: number;
  credit: string;
  copyright: string;
  language: string;
  wire_item_id: number | null;
  agency: string | null;
  priority: number | null;
  created_at: string;
  updated_at: string;
  version: number;
}

function parseDoc(json: string | null): StoryDocument | null {
  if (json === null) return null;
  const parsed = storyDocumentSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

export function rowToStory(row: StoryRow, tags: string[]): Story {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    headline: row.headline,
    headlineDoc: parseDoc(row.headline_doc),
    deck: row.deck,
    deckDoc: parseDoc(row.deck_doc),
    byline: row.byline,
    dateline: row.dateline,
    body: parseDoc(row.body) ?? emptyDocument(),
    credit: row.credit,
    copyright: row.copyright,
    language: row.language,
    tags,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    wireItemId: row.wire_item_id,
    agency: row.agency,
    priority: row.priority,
  };
}

export function defaultFields(): StoryFields {
  return {
    slug: '',
    headline: '',
    headlineDoc: null,
    deck: '',
    deckDoc: null,
    byline: '',
    dateline: '',
    body: emptyDocument(),
    credit: '',
    copyright: '',
    language: 'en',
    tags: [],
  };
}

/** Single-line text of a rich field: its document's text with line breaks folded to spaces. */
function lineOf(doc: StoryDocument): string {
  return documentText(doc)
    .replace(/\s*\n+\s*/g, ' ')
    .trim();
}

/**
 * Make a field set consistent: rich headline/deck win over the plain text sent with them (main
 * never trusts a renderer's idea of the plain text), and tags are trimmed and de-duplicated.
 */
export function canonicalFields(fields: StoryFields): StoryFields {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of fields.tags) {
    const clean = tag.trim().replace(/\s+/g, ' ');
    if (clean && !seen.has(clean.toLowerCase())) {
      seen.add(clean.toLowerCase());
      tags.push(clean);
    }
  }
  return {
    ...fields,
    headline: fields.headlineDoc ? lineOf(fields.headlineDoc) : fields.headline.trim(),
    deck: fields.deckDoc ? lineOf(fields.deckDoc) : fields.deck.trim(),
    slug: fields.slug.trim(),
    tags,
  };
}

export function storyFieldsOf(story: Story): StoryFields {
  const { slug, headline, headlineDoc, deck, deckDoc, byline, dateline, body, credit, copyright, language, tags } = story;
  return { slug, headline, headlineDoc, deck, deckDoc, byline, dateline, body, credit, copyright, language, tags };
}

export interface DerivedColumns {
  bodyText: string;
  words: number;
  captions: string;
  credits: string;
  figures: Array<{ position: number; mediaId: string | null; caption: string; credit: string; alt: string }>;
}

export function deriveColumns(fields: StoryFields): DerivedColumns {
  const bodyText = documentText(fields.body);
  const figures = figuresOf(fields.body).map((f, position) => ({
    position,
    mediaId: f.mediaId,
    caption: documentText(f.caption),
    credit: f.credit,
    alt: f.alt,
  }));
  return {
    bodyText,
    words: countWords(bodyText),
    captions: captionsText(fields.body),
    credits: [fields.credit, fields.copyright, ...figures.map((f) => f.credit)].filter(Boolean).join('\n'),
    figures,
  };
}

/** Characters of text in a snapshot: the revision list's "size". */
export function snapshotSize(fields: StoryFields): number {
  return fields.headline.length + fields.deck.length + documentText(fields.body).length + captionsText(fields.body).length;
}
