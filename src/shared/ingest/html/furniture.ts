// Site furniture: the text a news site wraps around a story (share buttons, paywall prompts,
// "most read" lists, navigation, newsletter pitches). Rules are general and multilingual; no rule
// names one site. Used on page text line by line, and by the body walker on pages (SITE_RULES).
import type { SiteRules } from '../markup/walker';

/** Whole lines/paragraphs that are furniture in any position (compared lower-case, trimmed). */
const FURNITURE_PHRASES: RegExp[] = [
  // share / social
  /^(share|share this( (article|story|page))?|share on \w+|tweet|email|print|copy link|link copied)$/,
  /^(partager|partagez|teilen|compartir|condividi|compartilhar|delen|dela|del|sdílet|シェア(する)?|ツイート|分享(到)?)$/,
  // lists of other stories
  /^(popular|most popular|most read|most viewed|trending( now)?|related( (stories|articles|content|coverage))?|more (stories|from [\w .'-]+)|recommended( for you)?|top stories|latest( news)?|you may (also )?like|read next|up next|in other news|editors'? picks)$/,
  /^(les plus lus|à lire aussi|lire aussi|sur le même sujet|meistgelesen|das könnte sie auch interessieren|lo más leído|más leídas|le più lette|mais lidas|leia também|nejčtenější|関連記事|【関連記事】|相关(新闻|阅读|文章)|热门(文章|新闻)|الأكثر قراءة|הכי נקראים)$/,
  // paywall / account
  /^(access this article for free\.?|subscribe( now| today)?|subscribe to (read|continue)\b.*|already (have an account|a subscriber)\??( (sign|log) in)?\.?|(sign|log) in( to (read|continue|comment)\b.*)?|create (a free|an) account.*|register (for free|now).*|you have \d+ (free )?articles? (left|remaining).*|this article is for subscribers( only)?\.?|continue reading\.?|read more\.?|show more|load more|keep reading\.?)$/,
  /^(déjà abonné\s?\?.*|abonnez-vous.*|se connecter|connectez-vous|jetzt abonnieren.*|bereits abonnent\?.*|anmelden|suscríbete.*|ya (eres|tienes) (suscriptor|una cuenta).*|iniciar sesión|accedi|abbonati.*|assine.*|já é assinante\?.*|entrar|přihlásit se|předplatné.*|ログイン|会員登録|登录|注册|订阅)$/,
  // newsletter / follow / misc chrome
  /^(sign up (for|to) [\w\s'’-]{0,40}newsletter.*|get our [\w\s'’-]{0,40}newsletter.*|follow us( on [\w ]+)?\.?|advertisement|advertising|sponsored( content)?|ad|skip (to|this) (main )?(content|ad|advert)|comments?( \(\d+\))?|show comments|view comments|back to top|listen to (this )?(article|story)|\d+ min(ute)? read|photo gallery|view gallery|watch( video)?|play video)$/,
  /^(publicité|anzeige|werbung|publicidad|pubblicità|publicidade|reklama|広告|广告|إعلان|פרסומת)$/,
];

/** A line that is only a list of section/tag names joined by | (e.g. "Crime|Health|MidEast"). */
export function isTagList(line: string): boolean {
  const parts = line.split(/\s*[|•·]\s*/);
  if (parts.length < 2) return false;
  return parts.every((p) => p.length > 0 && p.length <= 30 && p.split(/\s+/).length <= 4 && !/[.!?]$/.test(p));
}

/** "Today: April 01, 2025", "Heute: …", a bare date or clock line of the masthead. */
export function isDateFurniture(line: string): boolean {
  return /^(today|heute|aujourd'hui|aujourd’hui|hoy|oggi|hoje|vandaag|idag|dnes|今日|今天)\s*[:,–—-]/i.test(line);
}

export function isFurniturePhrase(text: string): boolean {
  if (text.length > 160) return false; // furniture is short; skip the regexes for prose
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[:›»>→]+$/, '')
    .trim();
  if (!t || t.length > 120) return false;
  return FURNITURE_PHRASES.some((re) => re.test(t));
}

/**
 * A short line of section names with no sentence punctuation ("U.S. World Business Lifestyle",
 * "MidEast"): navigation when it is outside the story body.
 */
export function isNavigationLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length === 0 || words.length > 8 || line.length > 60) return false;
  if (/[,;:!?"“”«»]|[.!?]$/.test(line.replace(/\b(U\.S\.|U\.K\.|U\.N\.|E\.U\.)/g, ''))) return false;
  return words.every((w) => /^[\p{Lu}\p{Lt}\d&]/u.test(w) || /^(and|of|the|&|et|und|y|e)$/i.test(w));
}

// Class/id tokens of blocks that hold furniture, not story text: the furniture word ends the token
// or is followed only by a layout suffix ("share-bar", "related-links", "c-nav", "newsletter-wrapper").
// A word followed by a value is a taxonomy class, not furniture ("tag-maritime-industry" on a
// WordPress <article>). "byline", "caption" and "credit" are not here: those are read, not dropped.
const FURNITURE_WORDS =
  'share|sharing|social|sociallinks|related|relatedlinks|recommend(?:ed|ations)?|newsletter|signup|subscribe|subscription|paywall|promo|advert|advertisement|ads?|adslot|sponsor(?:ed)?|outbrain|taboola|comments?|breadcrumbs?|nav|navigation|menu|toolbar|tags|keywords|topics|most-?read|mostpopular|popular|trending|read-?more|more-?stories|teasers?|sidebar|rail|footer|masthead|cookie|consent|modal|popup|skip|print|video-?player|gallery-?widget|author-?bio|bio|disclaimer|feedback|rating|stars|off-?screen|sr-only|visually-?hidden|screen-?reader|u-h';
const LAYOUT_SUFFIX =
  'bar|box|list|links?|container|wrap(?:per)?|module|widget|section|block|area|buttons?|icons?|tools?|panel|strip|row|items?|inner|outer|holder|placeholder|unit|slot|title|heading|header|cta|form|prompt|label|count|tray|drawer|overlay|wall|grid|group|card|cards';
const FURNITURE_CLASS = new RegExp(`(^|[-_])(${FURNITURE_WORDS})([-_]+(${LAYOUT_SUFFIX}))*$`);

export function isFurnitureClass(tokens: string[]): boolean {
  return tokens.some((t) => FURNITURE_CLASS.test(t));
}

/** "[What you need to know: Get our newsletter.]" — a bracketed promo line, not story text. */
function isBracketPromo(text: string): boolean {
  return (
    /^\[[^\]]{5,200}\]$/.test(text.trim()) && /\b(newsletter|inbox|sign up|subscribe|read more|watch|listen|follow|podcast)\b/i.test(text)
  );
}

/** What the body walker leaves out of a web page's article (agency bodies have no site furniture). */
export const SITE_RULES: SiteRules = {
  furnitureClass: isFurnitureClass,
  furniturePhrase: isFurniturePhrase,
  promo: isBracketPromo,
};
