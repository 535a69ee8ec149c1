// The <article> fragment: header (section, headline, deck, byline, dateline, date), body, and
// footer (credit, copyright, tags). "Copy HTML" pastes exactly this into a CMS; the page wraps it.
import type { StoryDocument } from '../story/document';
import { createContext, type RenderContext } from './context';
import { displayDate } from './dates';
import { escapeAttr, escapeText } from './escape';
import { pageFacts, type PageFacts } from './facts';
import { hasVisibleText, renderInline, TITLE_INLINE } from './inline';
import { renderBlocks } from './nodes';
import { oneLine } from './summary';
import type { RenderInput, RenderResult } from './types';

/** Headline or deck from its rich form (italics kept), else the plain field. */
function titleHtml(doc: StoryDocument | null, plain: string): string {
  const blocks = doc?.root?.children;
  if (Array.isArray(blocks)) {
    const parts: string[] = [];
    for (const block of blocks) {
      const children = block && block.type === 'paragraph' ? block.children : undefined;
      if (hasVisibleText(children)) parts.push(renderInline(children, TITLE_INLINE).trim());
    }
    if (parts.length) return parts.join(' ');
  }
  return escapeText(oneLine(plain));
}

function header(input: RenderInput, facts: PageFacts): string {
  const { story } = input;
  const lines: string[] = ['<header>'];
  if (facts.site.section) lines.push(`<p class="section">${escapeText(facts.site.section)}</p>`);
  // An empty <h1> fails validation and leaves screen readers nothing: fall back to the slug, then "Untitled".
  lines.push(`<h1>${titleHtml(story.headlineDoc, story.headline) || escapeText(facts.displayHeadline)}</h1>`);
  const deck = titleHtml(story.deckDoc, story.deck);
  if (deck) lines.push(`<p class="deck">${deck}</p>`);
  const meta: string[] = [];
  const { byline, dateline } = facts;
  if (byline) meta.push(`<span class="byline">${escapeText(byline)}</span>`);
  if (dateline) meta.push(`<span class="dateline">${escapeText(dateline)}</span>`);
  if (facts.published) {
    const shown = displayDate(facts.published, facts.lang, facts.site.dateFormat, facts.site.timeZone);
    meta.push(`<time datetime="${escapeAttr(facts.published)}">${escapeText(shown)}</time>`);
  }
  if (meta.length) lines.push(`<p class="meta">${meta.join(' · ')}</p>`);
  lines.push('</header>');
  return lines.join('\n');
}

function footer(facts: PageFacts): string {
  const { credit, copyright, tags } = facts;
  const lines: string[] = [];
  if (credit) lines.push(`<p class="credit">${escapeText(credit)}</p>`);
  if (copyright) lines.push(`<p class="copyright">${escapeText(copyright)}</p>`);
  if (tags.length) lines.push(`<ul class="tags">\n${tags.map((t) => `<li>${escapeText(t)}</li>`).join('\n')}\n</ul>`);
  return lines.length ? `<footer>\n${lines.join('\n')}\n</footer>\n` : '';
}

/** The article with the facts and context the page needs for its head. */
export function buildArticle(input: RenderInput, facts: PageFacts, ctx: RenderContext): string {
  return `<article>\n${header(input, facts)}\n${renderBlocks(input.story.body, ctx)}${footer(facts)}</article>`;
}

/** The <article> fragment, for pasting into a CMS. */
export function renderArticle(input: RenderInput): string {
  return buildArticle(input, pageFacts(input), createContext(input.media));
}

/** The fragment and the warnings that go with it (the export dialog and "Copy HTML" show them). */
export function renderArticleWithWarnings(input: RenderInput): RenderResult {
  const facts = pageFacts(input);
  const ctx = createContext(input.media);
  const html = buildArticle(input, facts, ctx);
  return { html, warnings: [...facts.warnings, ...ctx.warnings] };
}

/** Just the body blocks (no header or footer), for golden files per node type and CMS body fields. */
export function renderBody(body: StoryDocument, media?: RenderInput['media']): RenderResult {
  const ctx = createContext(media);
  return { html: renderBlocks(body, ctx), warnings: ctx.warnings };
}
