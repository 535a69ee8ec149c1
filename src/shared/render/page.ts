// The full publish page: an HTML5 document around the article, with the head tags, the inlined
// stylesheet and the JSON-LD block. The preview shows exactly these bytes; the export writes them.
import { buildArticle } from './article';
import { createContext } from './context';
import { pageCss } from './css';
import { escapeAttr, escapeText, jsonForScript } from './escape';
import { pageFacts } from './facts';
import { headTags, pageTitle } from './head';
import { newsArticleJsonLd } from './jsonLd';
import { isRtl } from './site';
import type { RenderInput, RenderResult } from './types';

export function renderPage(input: RenderInput): RenderResult {
  const facts = pageFacts(input);
  const ctx = createContext(input.media);
  // The article first: rendering it finds the images the head and JSON-LD describe.
  const article = buildArticle(input, facts, ctx);
  const title = pageTitle(facts);
  const head = headTags(facts, ctx.images, title);
  const jsonLd = jsonForScript(newsArticleJsonLd(input, facts, ctx.images));
  const dir = isRtl(facts.lang) ? ' dir="rtl"' : '';
  const html =
    `<!DOCTYPE html>\n<html lang="${escapeAttr(facts.lang)}"${dir}>\n<head>\n${head.join('\n')}\n` +
    `<style>\n${pageCss(facts.site)}\n</style>\n` +
    `<script type="application/ld+json">${jsonLd}</script>\n</head>\n<body>\n` +
    `<header class="site">\n<p class="masthead"><a href="${escapeAttr(facts.site.siteUrl)}">${escapeText(facts.site.masthead)}</a></p>\n</header>\n` +
    `<main>\n${article}\n</main>\n</body>\n</html>\n`;
  return { html, warnings: [...facts.warnings, ...ctx.warnings] };
}
