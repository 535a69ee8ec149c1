// The figure converter: <figure> with the image (when there is one) and a <figcaption> holding the
// caption and, marked up separately, the photo credit. A figure whose image is missing still
// carries its caption and credit, and the person exporting is told.
import type { FigureNodeJSON, InlineNodeJSON } from '../story/document';
import { inlineText } from '../story/text';
import { imageSrc } from './allowlist';
import type { RenderContext } from './context';
import { escapeAttr, escapeText } from './escape';
import { BODY_INLINE, renderInline } from './inline';
import { oneLine, truncate } from './summary';

function dimension(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 100_000 ? value : null;
}

function captionParagraphs(figure: FigureNodeJSON): InlineNodeJSON[][] {
  const blocks = figure.caption?.root?.children;
  if (!Array.isArray(blocks)) return [];
  const out: InlineNodeJSON[][] = [];
  for (const block of blocks) {
    const children = (block as { children?: unknown }).children;
    if (Array.isArray(children) && block.type === 'paragraph') out.push(children as InlineNodeJSON[]);
  }
  return out;
}

export function renderFigure(figure: FigureNodeJSON, ctx: RenderContext): string {
  const n = ++ctx.figureCount;
  const paragraphs = captionParagraphs(figure);
  const captionHtml = paragraphs
    .map((p) => renderInline(p, BODY_INLINE))
    .filter((html) => html.trim() !== '')
    .join('<br>');
  const captionPlain = oneLine(paragraphs.map((p) => inlineText(p)).join(' '));
  const credit = typeof figure.credit === 'string' ? oneLine(figure.credit) : '';
  const alt = typeof figure.alt === 'string' ? oneLine(figure.alt) : '';
  // Only built when there is something to say (truncating every caption shows up in the bench).
  const label = () => (captionPlain ? `Figure ${n} (“${truncate(captionPlain, 40)}”)` : `Figure ${n}`);

  let img = '';
  const mediaId = typeof figure.mediaId === 'string' && figure.mediaId ? figure.mediaId : null;
  const resolved = mediaId && ctx.media ? ctx.media(mediaId) : null;
  if (resolved) {
    const src = imageSrc(resolved.src);
    if (src) {
      const width = dimension(resolved.width) ?? dimension(figure.width);
      const height = dimension(resolved.height) ?? dimension(figure.height);
      img =
        `<img src="${escapeAttr(src)}" alt="${escapeAttr(alt)}"` +
        (width ? ` width="${width}"` : '') +
        (height ? ` height="${height}"` : '') +
        ' loading="lazy" decoding="async">';
      ctx.images.push({
        src,
        width,
        height,
        alt,
        caption: captionPlain,
        credit,
        ...(resolved.creator ? { creator: oneLine(resolved.creator) } : {}),
        ...(resolved.copyrightNotice ? { copyrightNotice: oneLine(resolved.copyrightNotice) } : {}),
      });
      if (!alt) ctx.warnings.push(`${label()} has no alt text: screen-reader users will not know what the picture shows.`);
    } else {
      ctx.warnings.push(
        `${label()}: the image address was refused (not an allowed kind of URL); exported with its caption and credit only.`,
      );
    }
  } else {
    ctx.warnings.push(`${label()}: the image file is missing; exported with its caption and credit only.`);
  }

  if (!img && !captionHtml && !credit) return '';
  const creditHtml = credit ? `<span class="credit">${escapeText(credit)}</span>` : '';
  const caption =
    captionHtml || creditHtml
      ? `<figcaption>${captionHtml ? `<span class="caption">${captionHtml}</span>` : ''}${captionHtml && creditHtml ? ' ' : ''}${creditHtml}</figcaption>`
      : '';
  return `<figure>${img ? `\n${img}` : ''}${caption ? `\n${caption}` : ''}\n</figure>`;
}
