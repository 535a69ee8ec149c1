// Elements a body marks by class as something other than story text: the by-line, the agency
// source, a kicker, the standfirst (TT's p.byline / p.source / p.vignette, sites' "byline",
// "standfirst", "kicker" blocks), and embedded social posts. Roles are read as fields, not printed.
import { isBlank } from '../fields/text';
import type { InlineRun } from '../inline';
import { BLOCK } from './elements';
import { collectInline, type InlineContext } from './inlineRuns';
import { classTokens, collapseSpace, textContent } from './tree';

type Role = 'deck' | 'byline' | 'source' | 'kicker';

const ROLE_BYLINE = /(^|[-_])(byline|author|auteur|autor|autore|writer)s?($|[-_])/;
const ROLE_SOURCE = /(^|[-_])(source|agency|credit)($|[-_])/;
const ROLE_KICKER = /(^|[-_])(vignette|kicker|overline|eyebrow|rubric|section-?label|category)($|[-_])/;
const ROLE_DECK =
  /(^|[-_])(perex|standfirst|dek|deck|summary|chapo|chapeau|sapo|strapline|subtitle|lead-?in|abstract|entradilla|ingress)($|[-_])/;
const SOCIAL_EMBED = /(twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-embed)/;

interface RoleState {
  /** Story text has begun: kickers and standfirsts come before it. */
  bodyStarted: boolean;
  hasDeck: boolean;
}

/**
 * The role an element's class tokens give it, judged with its (collapsed) text: roles are short,
 * so a long block with a "byline" class is a story that happens to be wrapped in one.
 */
function roleOf(tokens: string[], text: string, state: RoleState): Role | null {
  if (!text || text.length > 600) return null;
  const has = (re: RegExp): boolean => tokens.some((t) => re.test(t));
  if (!state.bodyStarted && !state.hasDeck && has(ROLE_DECK) && text.length >= 15) return 'deck';
  // a byline block may carry a short bio ("By Alex Heath, a deputy editor and …")
  if (has(ROLE_BYLINE) && (text.length <= 100 || (text.length <= 300 && /^(by|par|von|por|di)\s/i.test(text)))) return 'byline';
  if (text.length > 100) return null;
  if (has(ROLE_SOURCE) && text.length <= 60) return 'source';
  if (has(ROLE_KICKER) && !state.bodyStarted && text.length <= 60) return 'kicker';
  return null;
}

/** An embedded tweet, Instagram or TikTok post: someone else's text, not the story's. */
export function isSocialEmbed(tokens: string[]): boolean {
  return tokens.some((t) => SOCIAL_EMBED.test(t));
}

export interface RoleSignals {
  byline: string | null;
  source: string | null;
  kicker: string | null;
  deck: InlineRun[] | null;
  /** An inline dateline element's text (`<span class="dateline">`), kept in the paragraph too. */
  dateline: string | null;
}

/** Reads role elements into signals as the walker meets them (first of each role wins). */
export class RoleReader<N> {
  constructor(
    private readonly inline: InlineContext<N>,
    readonly signals: RoleSignals,
  ) {}

  /** An element whose classes give it a role: read (true), or left to the walker (false). */
  read(el: N, tokens: string[], bodyStarted: boolean): boolean {
    const text = collapseSpace(textContent(this.inline.tree, el));
    const role = roleOf(tokens, text, { bodyStarted, hasDeck: this.signals.deck !== null });
    if (!role) return false;
    this.set(role, el, text);
    return true;
  }

  /**
   * A line made only of role elements (TT: `<div><span class="vignette">Fotboll</span><span
   * class="source">TT</span></div>`): each is read. Inline role elements inside running text are
   * not ("By <span class="author">X</span>" stays a line of the story).
   */
  readLine(children: readonly N[], bodyStarted: boolean): boolean {
    const { tree } = this.inline;
    const found: [Role, N, string][] = [];
    let hasDeck = this.signals.deck !== null;
    for (const c of children) {
      const t = tree.text(c);
      if (t !== null) {
        if (isBlank(t)) continue;
        return false;
      }
      const name = tree.name(c);
      if (!name) continue;
      const tokens = classTokens(tree, c);
      if (!tokens.length || BLOCK.has(name)) return false;
      const text = collapseSpace(textContent(tree, c));
      const role = roleOf(tokens, text, { bodyStarted, hasDeck });
      if (!role) return false;
      hasDeck ||= role === 'deck';
      found.push([role, c, text]);
    }
    for (const [role, c, text] of found) this.set(role, c, text);
    return found.length > 0;
  }

  private set(role: Role, el: N, text: string): void {
    if (role === 'deck') this.signals.deck = collectInline(this.inline, el, false)[0] ?? [{ text }];
    else this.signals[role] ??= text;
  }
}
