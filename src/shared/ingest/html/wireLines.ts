// The wire's own marks inside republished copy: the dateline lead-in ("WASHINGTON (AP) —",
// "(CNN) —"), the agency credit line ("The-CNN-Wire", "— Reuters") and the copyright line.
// Shared by saved page text and HTML pages; text in, fields out.

/** Agencies and wire services a credit line or dateline may name (matched case-insensitively). */
const AGENCIES = [
  'AP',
  'Associated Press',
  'The Associated Press',
  'Reuters',
  'AFP',
  'Agence France-Presse',
  'dpa',
  'EFE',
  'ANSA',
  'Kyodo',
  'Kyodo News',
  'Xinhua',
  'TASS',
  'PA',
  'PA Media',
  'AAP',
  'CP',
  'The Canadian Press',
  'UPI',
  'Bloomberg',
  'CNN',
  'CNN Wire',
  'NTB',
  'TT',
  'SDA',
  'ATS',
  'ANP',
  'Belga',
  'APA',
  'Yonhap',
  'Anadolu',
  'KNA',
  'epd',
  'EPA',
  'IANS',
  'PTI',
  'ANI',
  'Europa Press',
  'Lusa',
  'ČTK',
  'CTK',
  'PAP',
  'MTI',
  'STA',
  'HINA',
  'Tanjug',
  'BTA',
  'Agerpres',
  'Ukrinform',
  'Interfax',
  'RIA Novosti',
  'NHK',
  'Jiji',
  'Jiji Press',
  'Bernama',
  'Antara',
  'Notimex',
  'Télam',
  'Agencia Brasil',
  'WAM',
  'SPA',
  'MENA',
];
const AGENCY_SET = new Set(AGENCIES.map((a) => a.toLowerCase()));

export function isKnownAgency(name: string): boolean {
  return AGENCY_SET.has(name.trim().toLowerCase());
}

export interface DatelineLeadIn {
  /** The lead-in exactly as printed, trimmed ("WASHINGTON (AP) —", "(CNN) —"). */
  raw: string;
  /** The place, or null when the lead-in has none. */
  place: string | null;
  /** The agency named in the parentheses ("CNN", "AP"). */
  source: string;
}

// Optional place in capitals or title case (with ", State"), optional date, then "(Source)" and a dash.
const DATELINE_RE =
  /^((?:[\p{Lu}][\p{L}.'’-]*(?:[ -][\p{Lu}\p{Ll}][\p{L}.'’-]*){0,4})(?:,\s*[\p{L}.' ]{2,30})?(?:,\s*[\p{L}.]{3,9}\.?\s*\d{1,2})?\s+)?\(([\p{L}][\p{L}\d .&/-]{0,30})\)\s*(?:[—–]|--?|_)\s*/u;

export function matchDatelineLeadIn(paragraph: string): DatelineLeadIn | null {
  const m = DATELINE_RE.exec(paragraph);
  if (!m) return null;
  const source = m[2]!.trim();
  // "(Reuters)" or "(AP)" qualifies; "(left)" or "(file photo)" does not.
  const sourceOk = isKnownAgency(source) || /^[\p{Lu}\d][\p{Lu}\d&./ -]{1,14}$/u.test(source) || /\b(wire|news|press)\b/i.test(source);
  if (!sourceOk) return null;
  const place = m[1]?.trim().replace(/,$/, '') ?? null;
  return { raw: m[0].trim(), place: place || null, source };
}

/**
 * A credit line of the wire: "The-CNN-Wire", "CNN Wire", "— Reuters", "(AP)", "Associated Press".
 * Returns the credit as the house prints it ("CNN Wire") or null.
 */
export function matchWireCreditLine(line: string): string | null {
  const t = line.trim();
  if (!t || t.length > 48) return null;
  let s = t
    .replace(/^[—–-]+\s*/, '')
    .replace(/^\((.+)\)$/, '$1')
    .trim();
  // Hyphen-joined forms ("The-CNN-Wire") are a CMS slug of the credit: read them as words.
  if (!/\s/.test(s) && /^[\p{L}\d&]+(-[\p{L}\d&]+){1,4}$/u.test(s)) s = s.replace(/-/g, ' ');
  s = s.replace(/^the\s+(?=\p{Lu}{2,})/iu, '');
  if (isKnownAgency(s)) return s;
  if (/^[\p{Lu}][\p{L}\d&.]*(\s[\p{Lu}][\p{L}\d&.]*){0,3}\s(Wire|News Service|Newswire|Wire Service)$/u.test(s)) return s;
  return null;
}

/** A copyright line: "© 2025 …", "(c) 2025 …", "Copyright 2025 …", "™ & © …", "… All rights reserved." */
export function matchCopyrightLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 400) return false;
  if (/^(?:[™®]\s*(?:&|and)?\s*)?(?:©|\(c\)|copyright\b|℗)/i.test(t)) return true;
  return /\b(all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|všechna práva vyhrazena|版权所有|著作権|無断転載)/i.test(
    t,
  );
}

/** The holder named in a copyright line ("© 2025 Cable News Network, Inc., a …" → "Cable News Network, Inc."). */
export function copyrightHolderOf(line: string): string | null {
  const m =
    /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*([^.©]+?(?:,\s*(?:Inc|Ltd|LLC|GmbH|S\.A|AG|plc)\.?)?)(?:,\s+an?\s|\.\s|\.$|$)/i.exec(
      line,
    );
  const holder = m?.[1]
    ?.trim()
    .replace(/,$/, '')
    .replace(/(?<!\b(?:Inc|Ltd|Co|Corp|S\.A|plc|LLC))\.$/, '');
  return holder && holder.length >= 2 && !/^all rights/i.test(holder) ? holder : null;
}
