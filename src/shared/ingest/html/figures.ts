// The page's own figures, indexed by image address, so a figure Readability stripped of its caption
// can be found again in the page it came from (markup/figures.ts reads the caption itself).
import { altKey, firstSrcsetUrl } from '../markup/figures';
import { queryAll, tagOf, type DomElement, type DomNode } from './dom';

export function indexFiguresBySrc(root: DomElement): (src: string) => DomNode | null {
  const map = new Map<string, DomElement>();
  for (const img of queryAll(root, 'figure img').slice(0, 500)) {
    const fig = img.parentElement ? closestFigure(img) : null;
    if (!fig) continue;
    // lazy-loading pages swap src for a placeholder: the alt text identifies the picture too
    const keys = [
      img.getAttribute('src'),
      img.getAttribute('data-src'),
      firstSrcsetUrl(img.getAttribute('srcset')),
      altKey(img.getAttribute('alt')),
    ];
    for (const key of keys) {
      if (key && !key.startsWith('data:') && !map.has(key)) map.set(key, fig);
    }
  }
  return (src) => map.get(src) ?? null;
}

function closestFigure(el: DomElement): DomElement | null {
  for (let cur: DomElement | null = el; cur; cur = cur.parentElement) if (tagOf(cur) === 'figure') return cur;
  return null;
}
