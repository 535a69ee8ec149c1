// The preview's light/dark toggle. The page follows the reader's system setting through one
// media query in its stylesheet; the preview turns that query on or off for the document it shows
// (the page's own bytes otherwise), so both variants can be checked whatever the system says.
export type PreviewScheme = 'light' | 'dark';

/** The dark variant's media query as the page's stylesheet (shared/render/css.ts) writes it. */
export const DARK_MEDIA = '@media (prefers-color-scheme:dark)';
const ROOT_SCHEME = 'color-scheme:light dark';

export function withColorScheme(html: string, scheme: PreviewScheme): string {
  // Only inside the page's <style>: story text can never reach it (it comes after, escaped).
  const end = html.indexOf('</style>');
  if (end < 0) return html;
  const css = html
    .slice(0, end)
    .replace(DARK_MEDIA, scheme === 'dark' ? '@media all' : '@media not all')
    .replace(ROOT_SCHEME, `color-scheme:${scheme}`);
  return css + html.slice(end);
}
