// Caption credits a page declares in its own JSON (lightbox data, app state), read as text and never
// run. The caption and credit rules themselves are shared with every format: fields/captions.ts.
import { captionKey, cleanCredit } from '../fields/captions';

export { cleanCredit, creditFromAlt, splitCaptionCredit } from '../fields/captions';

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
