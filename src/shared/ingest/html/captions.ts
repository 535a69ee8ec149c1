// Photo captions and their credits in the shapes news pages print them: a credit element inside the
// caption, "(Name / Paper)" at the end, "Photograph: Name", "Foto: Name", "… - Name/Agency", a
// "图注：" caption label, a credit hidden in the image's alt text, or one only the page JSON holds.

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

export interface SplitCaption {
  text: string;
  credit: string | null;
}

/**
 * Split a caption string into caption text and credit when the credit is printed inside it.
 * Leaves the caption whole when nothing credit-like ends it.
 */
export function splitCaptionCredit(raw: string): SplitCaption {
  const text = raw.replace(/\s+/g, ' ').trim();
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

/**
 * Caption → credit pairs declared in page JSON (lightbox data, app state): `"caption": "…"` (or an
 * object with "plaintext"/"html") followed closely by `"credit": …`. Never executed; read as text.
 */
export function harvestScriptCredits(scriptText: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /"caption"\s*:\s*(?:"((?:[^"\\]|\\.){1,1000})"|\{[^{}]{0,1500}?"plaintext"\s*:\s*"((?:[^"\\]|\\.){1,1000})"[^{}]{0,500}\})/g;
  let guard = 0;
  for (let m = re.exec(scriptText); m && guard < 5000; m = re.exec(scriptText), guard++) {
    const caption = decodeJsonString(m[1] ?? m[2] ?? '');
    const after = scriptText.slice(re.lastIndex, re.lastIndex + 600);
    const c = /^[^{}]{0,300}?"credit"\s*:\s*(?:"((?:[^"\\]|\\.){1,300})"|\{\s*"(?:html|plaintext)"\s*:\s*"((?:[^"\\]|\\.){1,300})")/.exec(
      after,
    );
    if (!caption || !c) continue;
    const credit = cleanCredit(decodeJsonString(c[1] ?? c[2] ?? '').replace(/<[^>]*>/g, ''));
    const key = captionKey(caption.replace(/<[^>]*>/g, ''));
    if (credit && key && !out.has(key)) out.set(key, credit);
    // captions are often edited after the photo JSON was written: also match on the opening words
    if (credit && key.length >= 40 && !out.has(prefixKey(key))) out.set(prefixKey(key), credit);
  }
  return out;
}

function prefixKey(key: string): string {
  return `prefix:${key.slice(0, 40)}`;
}

/** Credit the page JSON gives for this caption (exact text first, then the opening words). */
export function lookupScriptCredit(credits: Map<string, string>, caption: string): string | null {
  const key = captionKey(caption);
  if (!key) return null;
  return credits.get(key) ?? (key.length >= 40 ? (credits.get(prefixKey(key)) ?? null) : null);
}

function decodeJsonString(body: string): string {
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    return body;
  }
}
