// Photo captions and their credits, the one rule set for every source: a credit printed inside the
// caption ("(Name / Paper)", "Photograph: Name", "Foto: Name / AP / NTB", "(AP Photo/Name)",
// "(Photo by Name/Getty Images)", "… - Name/Agency"), labels to strip, credits hidden in alt text.
import { HEURISTIC_WINDOW } from '../limits';

/** Words that label a credit ("Photo:", "Credit", "Foto:"), in the languages we meet. */
const CREDIT_LABEL =
  /^(?:(?:photo(?:graph)?s?|pictures?|image|credits?|foto(?:s|grafie|grafía|grafia)?|bild|crédits?(?:\s*photo)?|source|quelle|fuente|fonte|zdroj|写真|摄影|图片来源|图片|来源|출처|צילום|تصوير)(?:\s+(?:by|credit|von|de|di))?)\s*[:：]?\s*/iu;

/** Caption labels that open a caption paragraph ("图注：", "Caption:", "Légende :"). */
export const CAPTION_LABEL =
  /^(?:main image|top image|图注|图说|图片说明|图为|圖說|写真|キャプション|caption|légende|bildunterschrift|pie de foto|didascalia|legenda|popisek)\s*[:：]\s*/iu;

/** "Photograph: Adrian Malloch for the Guardian" → "Adrian Malloch for the Guardian"; label-only → null. */
export function cleanCredit(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[([]\s*(.*?)\s*[)\]]$/, '$1');
  for (let i = 0; i < 3 && CREDIT_LABEL.test(s); i++) s = s.replace(CREDIT_LABEL, '');
  s = s.replace(/^[|·•,;:–—-]\s*/, '').trim();
  if (!s || s.length > 160) return null;
  if (/^(credit|photo|image|foto)s?$/i.test(s)) return null;
  return s;
}

/** Does this short text look like a photo credit on its own ("Jane Doe/AP", "Getty Images")? */
export function looksLikeCredit(text: string): boolean {
  const s = text.trim();
  if (!s || s.length > 90 || /[.!?]$/.test(s.replace(/\b(Inc|Ltd|Jr|Sr|Co)\.$/, ''))) return false;
  if (CREDIT_LABEL.test(s) && /[:：]/.test(s.slice(0, 25))) return true;
  if (/^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}\s*\/\s*[\p{L}][\p{L}\d .&'’-]*(?:\s*\/\s*[\p{L}][\p{L}\d .&'’-]*)*$/u.test(s))
    return true;
  return (
    /\b(getty images|reuters|afp|associated press|\bap\b|epa|shutterstock|istock|alamy|dpa|xinhua|nasa)\b/i.test(s) &&
    s.split(/\s+/).length <= 8
  );
}

/** ASCII whitespace collapsed, NBSP kept (text.ts's collapse; not imported, as text.ts re-exports from here). */
function collapse(s: string): string {
  return s.replace(/[\t\n\r\f\v ]+/g, ' ').trim();
}

export interface SplitCaption {
  text: string;
  credit: string | null;
}

/** Credits agency captions end with, tried when none of the shapes above matched. */
const TRAILING_CREDIT: RegExp[] = [
  // "(Photo by Spencer Platt/Getty Images)"
  /\s*\((?:photo|foto|picture|image)s?\s+by\s+([^()]{2,120})\)\s*$/i,
  // "Foto: Amit Sharma / AP / NTB", "Photo: Jane Doe/AP", "Credit: …"
  /\s*\(?\b(?:photo|foto|fotó|photograph|picture|bild|image|kuva|credit|crédit|crédito)s?\s*:\s*([^()]{2,120}?)\)?\s*$/i,
  // "(AP Photo/John Doe)", "(AP Photo)"
  /\s*\(((?:AP|AFP|Reuters|EPA|dpa|ANSA|Xinhua|Kyodo|NTB|TT|Getty Images)[^()]{0,80})\)\s*$/,
];

/**
 * Split a caption into caption text and credit when the credit is printed inside it; the caption
 * stays whole when nothing credit-like ends it. Whitespace is collapsed (NBSP is kept: it is text).
 */
export function splitCaptionCredit(raw: string): SplitCaption {
  const text = collapse(raw);
  // "… (Ellen M. Banner / The Seattle Times)" / "… (Photo: AP)" / "… [Reuters]"
  const paren = /^(.*\S)\s*[([]([^()[\]]{2,90})[)\]]\s*\.?$/u.exec(text);
  if (paren && (looksLikeCredit(paren[2]!) || CREDIT_LABEL.test(paren[2]!))) {
    const credit = cleanCredit(paren[2]!);
    if (credit && !/^(video|audio|file|left|right|centre|center|top|bottom|above|below)\b/i.test(paren[2]!.trim())) {
      return { text: paren[1]!.trim(), credit };
    }
  }
  // "… Photograph: Adrian Malloch for the Guardian" / "… Foto: Amit Sharma / AP / NTB"
  const labelled =
    /^(.*?[.!?"”’)])\s+((?:Photo(?:graph)?|Picture|Image|Credit|Foto(?:grafie|grafía)?|Bild|Crédits?(?: photo)?|Source|Quelle|Fuente|Zdroj)\s*[:：]\s*[^.]{2,100})\.?$/iu.exec(
      text,
    );
  if (labelled) {
    const credit = cleanCredit(labelled[2]!);
    if (credit) return { text: labelled[1]!.trim(), credit };
  }
  // "… réplica da taça - Heinrich Aikawa/Instituto Lula"
  const dashed = /^(.*\S)\s+[-–—|]\s+([^-–—|]{3,80})$/u.exec(text);
  if (dashed && /\//.test(dashed[2]!) && looksLikeCredit(dashed[2]!)) {
    return { text: dashed[1]!.trim(), credit: cleanCredit(dashed[2]!) };
  }
  // Long captions: only their end can hold the credit, so only the end is searched (linear time).
  const tail = text.length > HEURISTIC_WINDOW ? text.length - HEURISTIC_WINDOW : 0;
  for (const re of TRAILING_CREDIT) {
    const m = re.exec(text.slice(tail));
    if (m && m[1]) return { text: text.slice(0, tail + m.index).trim(), credit: collapse(m[1]) };
  }
  return { text, credit: null };
}

/** A credit in an image's alt/title: "(Credit: Nasa)", "Photo: AP". Null for ordinary descriptions. */
export function creditFromAlt(alt: string | null): string | null {
  if (!alt) return null;
  const s = alt.trim().replace(/^[([]\s*(.*?)\s*[)\]]$/, '$1');
  if (!/[:：]/.test(s) || !CREDIT_LABEL.test(s)) return null;
  return cleanCredit(s);
}

/** Normalised key to match a caption against the same caption elsewhere on the page (page JSON). */
export function captionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\s.!?…"”’]+$/u, '')
    .trim()
    .slice(0, 200);
}
