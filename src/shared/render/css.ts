// The page's stylesheet: small, inlined, responsive, with a dark variant. Colours come from the
// site template; the page reads fine without any of it (semantic elements carry the structure).
import type { ResolvedSite } from './site';

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `a` moved `share` of the way towards `b` (0 = a, 1 = b), as #rrggbb. */
export function mix(a: string, b: string, share: number): string {
  const ca = channels(a);
  const cb = channels(b);
  return `#${ca
    .map((v, i) =>
      Math.round(v + (cb[i]! - v) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const cache = new Map<string, string>();

export function pageCss(site: ResolvedSite): string {
  const key = `${site.accent}${site.text}${site.background}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const muted = mix(site.text, site.background, 0.3);
  const rule = mix(site.text, site.background, 0.8);
  const css = [
    `:root{color-scheme:light dark;--accent:${site.accent};--text:${site.text};--bg:${site.background};--muted:${muted};--rule:${rule}}`,
    '@media (prefers-color-scheme:dark){:root{' +
      `--accent:${mix(site.accent, '#ffffff', 0.45)};--text:#ececec;--bg:#121212;--muted:#b0b0b0;--rule:#3a3a3a}}`,
    '*{box-sizing:border-box}',
    'body{margin:0;background:var(--bg);color:var(--text);font:1.125rem/1.6 Georgia,"Times New Roman",serif}',
    '.site{border-bottom:4px solid var(--accent);padding:.75rem 1rem}',
    '.masthead{margin:0 auto;max-width:40rem;font:700 1.5rem/1.2 system-ui,sans-serif}',
    '.masthead a{color:inherit;text-decoration:none}',
    'main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem 3rem}',
    '.section{margin:0 0 .5rem;color:var(--accent);font:700 .8rem/1.2 system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase}',
    'h1{font-size:clamp(1.75rem,5vw,2.6rem);line-height:1.15;margin:0 0 .75rem}',
    'h2{font-size:1.4rem;line-height:1.25;margin:2rem 0 .5rem}',
    'h3{font-size:1.15rem;line-height:1.3;margin:1.5rem 0 .5rem}',
    '.deck{font-size:1.25rem;line-height:1.4;margin:0 0 1rem}',
    '.meta{margin:0 0 1.5rem;color:var(--muted);font:.9rem/1.4 system-ui,sans-serif}',
    '.byline{font-weight:700;color:var(--text)}',
    'a{color:var(--accent)}',
    'blockquote{margin:1.5rem 0;padding-left:1rem;border-left:3px solid var(--accent);font-style:italic}',
    'figure{margin:1.5rem 0}',
    'img{display:block;max-width:100%;height:auto}',
    'figcaption{margin-top:.5rem;color:var(--muted);font:.875rem/1.45 system-ui,sans-serif}',
    'figcaption .credit{font-size:.8em;letter-spacing:.03em;text-transform:uppercase}',
    'article>footer{margin-top:2rem;padding-top:1rem;border-top:1px solid var(--rule);color:var(--muted);font:.875rem/1.45 system-ui,sans-serif}',
    'article>footer p{margin:.25rem 0}',
    '.tags{display:flex;flex-wrap:wrap;gap:.5rem;margin:.75rem 0 0;padding:0;list-style:none}',
    '.tags li{padding:.1rem .6rem;border:1px solid var(--rule);border-radius:1rem}',
    '.tab{white-space:pre}',
    'code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}',
    '@media (max-width:30rem){body{font-size:1rem}.site{padding:.75rem}main{padding:1rem .75rem 2rem}}',
    '@media print{.site{border:0}a{color:inherit}}',
  ].join('\n');
  if (cache.size > 64) cache.clear();
  cache.set(key, css);
  return css;
}
