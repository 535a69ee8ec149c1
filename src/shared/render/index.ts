// The one publish renderer (story → HTML) shared by the preview and the export. Pure: no DOM, no
// Node, no Electron. See page.ts for the page, article.ts for the fragment "Copy HTML" uses.
export { renderPage } from './page';
export { renderArticle, renderArticleWithWarnings, renderBody } from './article';
export {
  ALLOWED_CLASSES,
  ALLOWED_ELEMENTS,
  ALLOWED_HREF_SCHEMES,
  ALLOWED_SCRIPT_TYPE,
  ALLOWED_SRC_SCHEMES,
  imageSrc,
  linkHref,
} from './allowlist';
export { storySlug, urlSlug } from './slug';
export { pageSnippet, type PageSnippet } from './snippet';
export { descriptionOf, truncate } from './summary';
export type { MediaResolver, RenderInput, RenderResult, RenderStory, ResolvedMedia, SiteTemplate, WireSource } from './types';
