// HTML bodies carried inside JSON (ninjs, AP Media API) → draft blocks through the shared walker.
// Furniture agencies put in those bodies (TT's section/credit line and by-line divs) is captured
// rather than left in the story.
import type { DraftBlock } from '../draft';
import { walkBody } from '../markup/blocks';
import { parseHtmlFragment } from '../markup/htmlFragment';
import { find } from '../xml/query';

export interface HtmlBody {
  blocks: DraftBlock[];
  captured: Record<string, string[]>;
  /** Association ids the body's images point at (TT: data-assoc-ref). */
  assocRefs: string[];
  truncated: boolean;
}

export function htmlBodyBlocks(html: string): HtmlBody {
  const root = parseHtmlFragment(html);
  const body = find(root, 'body') ?? root;
  const walked = walkBody(body, { capture: ['byline', 'vignette', 'source'] });
  const assocRefs = [...html.matchAll(/data-assoc-ref\s*=\s*["']([^"']{1,64})["']/g)].map((m) => m[1]!);
  return { ...walked, assocRefs };
}
