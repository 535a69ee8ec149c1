// The element vocabularies the body walker reads by: which elements are blocks, which are inert
// (never story text), which carry emphasis. HTML and the NITF elements agencies use in bodies.

/** Elements whose content is never story text (HTML embeds and controls, NITF metadata). */
export const INERT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'img',
  'map',
  'area',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'label',
  'meta',
  'link',
  'base',
  'head',
  'title',
  'dialog',
  'menu',
  'param',
  'portal',
  'slot',
  'nav',
  'hr',
  // NITF: notes, footnotes and classification are not body text
  'fn',
  'note',
  'lang',
  'media-metadata',
  'nitf-table-metadata',
  'classifier',
]);

/** Elements that are blocks, whatever their content; others are inline unless they hold blocks. */
export const BLOCK = new Set([
  ...['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'body', 'html', 'center', 'fieldset'],
  ...['blockquote', 'ul', 'ol', 'dl', 'dt', 'dd', 'li', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption'],
  ...['figure', 'figcaption', 'pre', 'address', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  // NITF
  ...['block', 'body.content', 'bq', 'media', 'nitf-table', 'hl1', 'hl2', 'hedline', 'abstract'],
]);
/** What makes an inline-looking element a container: it holds one of these. */
export const HOLDS_BLOCKS = new Set([
  ...['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'figure', 'blockquote', 'pre', 'section', 'article'],
  ...['block', 'bq', 'hl2', 'media', 'nitf-table'],
]);

/** Block-level tags met inside inline content (broken markup): they separate words. */
export const BLOCKISH = new Set([
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figure',
  'figcaption',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'table',
  'tr',
  'td',
  'th',
  'pre',
  'address',
]);

export const EMPHASIS = new Set(['em', 'i', 'cite', 'dfn', 'var']);
export const STRONG = new Set(['strong', 'b']);
