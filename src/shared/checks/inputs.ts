// What the checks are run on, made from a stored story or from a parsed wire item (so
// `slugline check FILE` sees a wire item exactly as the editor would after import).
import { inlineHtmlToText } from '../ingest/inline';
import type { ParsedItem } from '../ingest/types';
import { documentFromText, documentOf, figure, paragraph, textRun, type BlockNodeJSON } from '../story/document';
import type { StoryFields } from '../story/model';
import type { CheckInput } from './types';

export function checkInputFromStory(story: StoryFields & { agency?: string | null }, wireText?: string | null): CheckInput {
  return {
    headline: story.headline,
    deck: story.deck,
    byline: story.byline,
    dateline: story.dateline,
    body: story.body,
    credit: story.credit,
    copyright: story.copyright,
    tags: story.tags,
    agency: story.agency ?? null,
    wireText: wireText ?? null,
  };
}

/** A parsed wire item as a story: paragraphs in order, each caption a figure after its paragraph. */
export function checkInputFromParsedItem(item: ParsedItem): CheckInput {
  const blocks: BlockNodeJSON[] = [];
  const figureAt = (n: number) =>
    item.captions
      .filter((c) => Math.max(0, Math.min(c.after_paragraph ?? item.body.length, item.body.length)) === n)
      .map((c) =>
        figure({
          mediaId: null,
          width: null,
          height: null,
          alt: '',
          credit: c.credit ?? '',
          caption: documentFromText(inlineHtmlToText(c.text)),
        }),
      );
  blocks.push(...figureAt(0));
  item.body.forEach((html, i) => {
    const text = inlineHtmlToText(html);
    blocks.push(paragraph(text ? [textRun(text)] : []));
    blocks.push(...figureAt(i + 1));
  });
  return {
    headline: item.headline,
    deck: item.deck ?? '',
    byline: item.byline ?? '',
    dateline: item.dateline ?? '',
    body: documentOf(blocks),
    credit: item.credit ?? '',
    copyright: item.copyright ?? '',
    tags: item.categories,
    agency: item.agency,
  };
}
