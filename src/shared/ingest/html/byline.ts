// Bylines from a page's many author signals, rejecting what is not a person's byline: dates
// ("April 28, 2019 at 6:01 am Updated …"), the organisation itself ("BBC News"), links, and
// navigation words ("個人", "Staff"). A leading "By"/"Par"/"Von" is removed.
import { isKnownAgency } from './wireLines';

const BY_PREFIX = /^(?:by|par|por|von|di|door|av|af|från|od|autor(?:a)?:?|author:?|text:?|texto:?|texte:?|文[:：]|記者[:：]?|작성자)\s+/i;

/** Words that fill a byline slot on a site but are not anyone's name. */
const NOT_A_NAME = new Set([
  '個人',
  '个人',
  '匿名',
  '編集部',
  '编辑',
  '記者',
  'staff',
  'admin',
  'administrator',
  'editor',
  'editors',
  'redaktion',
  'redacción',
  'rédaction',
  'redazione',
  'redação',
  'redakce',
  'anonymous',
  'guest',
  'user',
  'unknown',
  'none',
  'null',
  'undefined',
  'author',
  'autor',
  'auteur',
  'byline',
  'by',
  'home',
  'news',
  'individual',
]);

const MONTHS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|jun(e)?|jul(y)?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince)\b/i;

/** Does this look like a date/time line rather than a name? */
export function looksLikeDate(text: string): boolean {
  const t = text.toLowerCase();
  if (/\b(19|20)\d{2}\b/.test(t) && (MONTHS.test(t) || /\d{1,2}[./-]\d{1,2}/.test(t))) return true;
  if (/\b\d{1,2}:\d{2}\b/.test(t)) return true;
  if (/\b(updated|published|posted|modified|aktualisiert|mis à jour|publié|actualizado|publicado|aggiornato|před|ago)\b/i.test(t))
    return true;
  if (/^\d{1,2}\/\d{1,2}/.test(t) || /[年月日]\s*\d|\d\s*[年月日]/.test(t)) return true;
  return false;
}

export interface BylineContext {
  /** Site, publisher and organisation names: a byline equal to one of them is not a person. */
  organisations: string[];
}

const ORG_WORDS =
  /\b(news|times|post|press|media|network|agency|corporation|inc|ltd|llc|group|newsroom|desk|online|\.com|\.cz|\.fr|\.de|\.co\.uk)\b/i;

/** Clean a byline candidate, or null when it is not a byline. */
export function cleanByline(raw: string | null | undefined, ctx: BylineContext): string | null {
  if (!raw) return null;
  let s = raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  s = s
    .replace(BY_PREFIX, '')
    .replace(/^[:,–—-]\s*/, '')
    .trim();
  // "Alex Heath, a deputy editor and author of …": the name is before the comma of a long bio
  if (s.length > 60 && /^[^,]{3,50},\s+(a|an|the|who)\b/i.test(s)) s = s.slice(0, s.indexOf(',')).trim();
  s = s.replace(/[,;|]+$/, '').trim();
  if (!s || s.length > 120 || !/\p{L}/u.test(s)) return null;
  if (/^(https?:|www\.)|@\w+\.\w+/i.test(s)) return null;
  if (looksLikeDate(s)) return null;
  if (NOT_A_NAME.has(s.toLowerCase())) return null;
  const lower = s.toLowerCase();
  if (ctx.organisations.some((o) => o && (o.toLowerCase() === lower || o.toLowerCase().startsWith(`${lower} `)))) return null;
  // an agency is a credit, not a byline ("Reuters", "AP Staff")
  const agencyPart = s.replace(/\s+(staff|staff writers?|reporters?|wire|newsroom)$/i, '');
  if (isKnownAgency(agencyPart)) return null;
  // an organisation-shaped byline with no person in it ("BBC News", "Seattle Times Staff")
  if (ORG_WORDS.test(s) && s.split(/\s+/).length <= 3 && /^[\p{Lu}\d]{2,}\b/u.test(s)) return null;
  return s;
}

/** First usable byline among candidates (in order of trust). */
export function pickByline(candidates: (string | null | undefined)[], ctx: BylineContext): string | null {
  for (const c of candidates) {
    const b = cleanByline(c, ctx);
    if (b) return b;
  }
  return null;
}
