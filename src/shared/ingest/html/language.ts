// Language and writing direction of a page: declared tags first, then (only for scripts that name a
// language unambiguously) an inference from the text itself, reported as such.

const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

/** "en_GB" / "EN-us" / "fr" → "en-GB" / "en-US" / "fr"; junk → null. */
export function normaliseLangTag(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const first = raw.split(/[,;\s]/)[0] ?? '';
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}|[a-z]{4}))?/i.exec(first.trim());
  if (!m) return null;
  const lang = m[1]!.toLowerCase();
  if (lang === 'und' || lang === 'mul' || lang === 'zxx') return null;
  const region = m[2];
  if (!region) return lang;
  return region.length === 4 ? `${lang}-${region[0]!.toUpperCase()}${region.slice(1).toLowerCase()}` : `${lang}-${region.toUpperCase()}`;
}

/**
 * A language only a script can tell: kana → ja, Hangul → ko, Han alone → zh, Thai, Greek, Hebrew,
 * Armenian, Georgian. Latin, Cyrillic and Arabic script are shared by many languages: no guess.
 */
export function inferLanguageFromText(text: string): string | null {
  const sample = text.slice(0, 20_000);
  const count = (re: RegExp): number => (sample.match(re) ?? []).length;
  const letters = count(/\p{L}/gu);
  if (letters < 20) return null;
  const share = (n: number): number => n / letters;
  const kana = count(/[\u3040-\u30ff]/g);
  const han = count(/\p{Script=Han}/gu);
  if (share(kana) > 0.05) return 'ja';
  if (share(count(/\p{Script=Hangul}/gu)) > 0.3) return 'ko';
  if (share(han) > 0.3) return 'zh';
  if (share(count(/\p{Script=Thai}/gu)) > 0.3) return 'th';
  if (share(count(/\p{Script=Greek}/gu)) > 0.3) return 'el';
  if (share(count(/\p{Script=Hebrew}/gu)) > 0.3) return 'he';
  if (share(count(/\p{Script=Armenian}/gu)) > 0.3) return 'hy';
  if (share(count(/\p{Script=Georgian}/gu)) > 0.3) return 'ka';
  return null;
}

export function isRtlLanguage(lang: string | null): boolean {
  return !!lang && RTL_LANGS.has(lang.split('-')[0]!.toLowerCase());
}

/** Share of strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko) among all letters. */
export function rtlShare(text: string): number {
  const sample = text.slice(0, 20_000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (!letters) return 0;
  const rtl = (sample.match(/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/g) ?? []).length;
  return rtl / letters;
}

/** Frequent function words of Latin-script languages (small lists; enough to tell them apart). */
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'he', 'said', 'it', 'on', 'by'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'un', 'du', 'dans', 'que', 'qui', 'pour', 'pas', 'sur'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'sich', 'auf', 'ein', 'eine', 'dem', 'auch'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'del', 'por', 'una', 'con', 'para', 'se', 'su', 'al'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'non', 'del', 'della', 'sono', 'gli', 'le', 'nel', 'alla'],
  pt: ['o', 'a', 'os', 'as', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'zijn', 'niet', 'met', 'voor', 'ook', 'die'],
  cs: ['a', 'se', 'na', 'je', 'to', 'že', 'v', 've', 'do', 'pro', 'jako', 'ale', 'by', 'jsou', 'který'],
  sv: ['och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'inte', 'om'],
};

/**
 * Language of Latin-script prose by function words, or null when the text is short or no language
 * clearly leads (the runner-up must be well behind: a guess has to be a safe one).
 */
export function inferLatinLanguage(text: string): string | null {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return null;
  const scores = Object.entries(STOPWORDS).map(([lang, list]) => {
    const set = new Set(list);
    return { lang, hits: words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0) };
  });
  scores.sort((a, b) => b.hits - a.hits);
  const [best, second] = scores;
  if (!best || best.hits < words.length * 0.12) return null;
  return !second || best.hits >= second.hits * 1.8 ? best.lang : null;
}
