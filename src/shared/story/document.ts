// The story body as stored: Lexical's serialised editor state (JSON), described and validated here
// so main never trusts what a renderer sends, and pure code (render, checks, search) can walk it.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

/** Lexical text format bits (lexical/LexicalConstants). */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const;

const MAX_TEXT = 200_000;
const MAX_CHILDREN = 20_000;

const elementBase = {
  version: z.number().int().optional(),
  direction: z.enum(['ltr', 'rtl']).nullable().optional(),
  format: z.union([z.string().max(16), z.number()]).optional(),
  indent: z.number().int().min(0).max(10).optional(),
};

export interface TextNodeJSON {
  type: 'text';
  text: string;
  format?: number;
  style?: string;
  mode?: 'normal' | 'token' | 'segmented';
  detail?: number;
  version?: number;
}
export interface LineBreakNodeJSON {
  type: 'linebreak';
  version?: number;
}
export interface TabNodeJSON {
  type: 'tab';
  text?: string;
  version?: number;
  format?: number;
  detail?: number;
  mode?: string;
  style?: string;
}
export interface LinkNodeJSON {
  type: 'link' | 'autolink';
  url: string;
  rel?: string | null;
  target?: string | null;
  title?: string | null;
  children: InlineNodeJSON[];
  version?: number;
}
export type InlineNodeJSON = TextNodeJSON | LineBreakNodeJSON | TabNodeJSON | LinkNodeJSON;

export interface ParagraphNodeJSON {
  type: 'paragraph';
  children: InlineNodeJSON[];
  [key: string]: unknown;
}
export interface HeadingNodeJSON {
  type: 'heading';
  tag: 'h2' | 'h3';
  children: InlineNodeJSON[];
  [key: string]: unknown;
}
export interface QuoteNodeJSON {
  type: 'quote';
  children: InlineNodeJSON[];
  [key: string]: unknown;
}
export interface ListItemNodeJSON {
  type: 'listitem';
  value?: number;
  children: Array<InlineNodeJSON | ListNodeJSON>;
  [key: string]: unknown;
}
export interface ListNodeJSON {
  type: 'list';
  listType: 'bullet' | 'number';
  tag?: 'ul' | 'ol';
  start?: number;
  children: ListItemNodeJSON[];
  [key: string]: unknown;
}
/** A figure: image reference plus caption (its own small document), photo credit and alt text. */
export interface FigureNodeJSON {
  type: 'figure';
  version?: number;
  /** Media library id; null when the image file is missing (e.g. a page saved as text). */
  mediaId: string | null;
  width: number | null;
  height: number | null;
  alt: string;
  credit: string;
  caption: StoryDocument;
}
export type BlockNodeJSON = ParagraphNodeJSON | HeadingNodeJSON | QuoteNodeJSON | ListNodeJSON | FigureNodeJSON;

export interface StoryDocument {
  root: {
    type: 'root';
    children: BlockNodeJSON[];
    [key: string]: unknown;
  };
}

const textNode = z.looseObject({
  type: z.literal('text'),
  text: z.string().max(MAX_TEXT),
  format: z.number().int().min(0).max(0xffff).optional(),
  style: z.string().max(1000).optional(),
  mode: z.enum(['normal', 'token', 'segmented']).optional(),
  detail: z.number().int().optional(),
  version: z.number().int().optional(),
});
const lineBreakNode = z.looseObject({ type: z.literal('linebreak'), version: z.number().int().optional() });
const tabNode = z.looseObject({ type: z.literal('tab'), text: z.string().max(8).optional() });

const linkNode: z.ZodType<LinkNodeJSON> = z.looseObject({
  type: z.enum(['link', 'autolink']),
  url: z.string().max(4096),
  rel: z.string().max(200).nullable().optional(),
  target: z.string().max(50).nullable().optional(),
  title: z.string().max(1000).nullable().optional(),
  children: z.array(z.union([textNode, lineBreakNode, tabNode])).max(MAX_CHILDREN),
  ...elementBase,
}) as unknown as z.ZodType<LinkNodeJSON>;

const inlineNode: z.ZodType<InlineNodeJSON> = z.union([textNode, lineBreakNode, tabNode, linkNode]) as z.ZodType<InlineNodeJSON>;
const inlineChildren = z.array(inlineNode).max(MAX_CHILDREN);

const paragraphNode = z.looseObject({ type: z.literal('paragraph'), children: inlineChildren, ...elementBase });
const headingNode = z.looseObject({
  type: z.literal('heading'),
  tag: z.enum(['h2', 'h3']),
  children: inlineChildren,
  ...elementBase,
});
const quoteNode = z.looseObject({ type: z.literal('quote'), children: inlineChildren, ...elementBase });

const listNode: z.ZodType<ListNodeJSON> = z.lazy(() =>
  z.looseObject({
    type: z.literal('list'),
    listType: z.enum(['bullet', 'number']),
    tag: z.enum(['ul', 'ol']).optional(),
    start: z.number().int().min(0).max(1_000_000).optional(),
    children: z.array(listItemNode).max(MAX_CHILDREN),
    ...elementBase,
  }),
) as unknown as z.ZodType<ListNodeJSON>;
const listItemNode: z.ZodType<ListItemNodeJSON> = z.lazy(() =>
  z.looseObject({
    type: z.literal('listitem'),
    value: z.number().int().optional(),
    children: z.array(z.union([inlineNode, listNode])).max(MAX_CHILDREN),
    ...elementBase,
  }),
) as unknown as z.ZodType<ListItemNodeJSON>;

/** A caption is a tiny document of paragraphs with inline text only. */
const captionDocument = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(paragraphNode).max(50),
    ...elementBase,
  }),
});

const figureNode = z.looseObject({
  type: z.literal('figure'),
  version: z.number().int().optional(),
  mediaId: z
    .string()
    .regex(/^[a-f0-9]{16,64}$/)
    .nullable(),
  width: z.number().int().min(1).max(100_000).nullable(),
  height: z.number().int().min(1).max(100_000).nullable(),
  alt: z.string().max(2000),
  credit: z.string().max(500),
  caption: captionDocument,
});

const blockNode = z.union([paragraphNode, headingNode, quoteNode, listNode, figureNode]);

export const storyDocumentSchema: z.ZodType<StoryDocument> = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(blockNode).max(MAX_CHILDREN),
    ...elementBase,
  }),
}) as unknown as z.ZodType<StoryDocument>;

/** Lexical's default element fields, so documents we build look like ones the editor exports. */
const ELEMENT_DEFAULTS = { direction: null, format: '', indent: 0, version: 1 } as const;

export function textRun(text: string, format = 0): TextNodeJSON {
  return { type: 'text', text, format, style: '', mode: 'normal', detail: 0, version: 1 };
}

export function paragraph(children: InlineNodeJSON[]): ParagraphNodeJSON {
  return { type: 'paragraph', children, ...ELEMENT_DEFAULTS, textFormat: 0, textStyle: '' };
}

export function heading(tag: 'h2' | 'h3', children: InlineNodeJSON[]): HeadingNodeJSON {
  return { type: 'heading', tag, children, ...ELEMENT_DEFAULTS };
}

export function quote(children: InlineNodeJSON[]): QuoteNodeJSON {
  return { type: 'quote', children, ...ELEMENT_DEFAULTS };
}

export function list(listType: 'bullet' | 'number', items: InlineNodeJSON[][]): ListNodeJSON {
  return {
    type: 'list',
    listType,
    tag: listType === 'bullet' ? 'ul' : 'ol',
    start: 1,
    children: items.map((children, i) => ({ type: 'listitem', value: i + 1, children, ...ELEMENT_DEFAULTS })),
    ...ELEMENT_DEFAULTS,
  };
}

export function link(url: string, children: InlineNodeJSON[]): LinkNodeJSON {
  return { type: 'link', url, rel: null, target: null, title: null, children, ...ELEMENT_DEFAULTS } as LinkNodeJSON;
}

export function documentOf(children: BlockNodeJSON[]): StoryDocument {
  return { root: { type: 'root', children, ...ELEMENT_DEFAULTS } };
}

export function emptyDocument(): StoryDocument {
  return documentOf([paragraph([])]);
}

/** A one-paragraph document holding plain text (headline, deck, caption made from text). */
export function documentFromText(text: string): StoryDocument {
  return documentOf([paragraph(text ? [textRun(text)] : [])]);
}

export function figure(fields: Omit<FigureNodeJSON, 'type' | 'version'>): FigureNodeJSON {
  return { type: 'figure', version: 1, ...fields };
}
