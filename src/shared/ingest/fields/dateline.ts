// Datelines: find the lead-in at the start of a first paragraph ("ATLANTA (AP) _ ", "Berlin (dpa) - ",
// "SAITAMA, Japan, Dec. 9 Kyodo - ", "(ANSA) - ROME, JUL 11 - ", "AUSTIN, Texas, Feb. 1, 2017
// /PRNewswire-AsiaNet/ --") and split it into the place and the agency credit. The paragraph itself
// is never changed: the lead-in stays in the body exactly as sent.
import { HEURISTIC_WINDOW } from '../limits';
import { MONTH_WORD } from './dates';
import { collapse } from './text';

export interface LeadIn {
  /** The lead-in as written, trimmed ("ATLANTA (AP) _"). */
  raw: string;
  /** Length of the lead-in in the paragraph, including the space after it. */
  length: number;
  place: string | null;
  credit: string | null;
}

/** Agencies that sign a dateline without parentheses ("… Dec. 9 Kyodo -"). */
const BARE_AGENCIES = 'Kyodo|KYODO|Xinhua|XINHUA|Yonhap|YONHAP|Bernama|BERNAMA|PTI|IANS|Lusa|LUSA|Anadolu|SANA|IRNA|KCNA|TASS|Interfax';
const KNOWN_AGENCY =
  /\b(AP|Reuters|REUTERS|AFP|dpa|DPA|EFE|ANSA|Kyodo|Xinhua|AAP|PA|CNN|UPI|TASS|ats|ATS|sda|SDA|Belga|BELGA|ANP|APA|TT|NTB|STT|Ritzau|PAP|CTK|MTI|ANA|ANA-MPA|AA|KUNA|WAM|SPA|PTI|IANS|Yonhap|Bernama|Lusa|Europa Press|KNA|epd|CP|Bloomberg|tca|RTRS|NYT|WP|BBC|Agencia EFE|Notimex|Prensa Latina|BTA|HINA|Tanjug|STA|Agerpres|LETA|ELTA|ERR|Ukrinform|RIA|IRNA|SANA|MENA|APS|TAP|MAP|QNA|BNA|ONA|Petra|NNA|JTA|dapd|sid|SID|ddp|AFX|Dow Jones|DJ)\b/;

const CONNECTORS =
  /^(?:de|del|della|di|da|do|dos|das|la|le|les|el|am|an|der|den|im|in|sur|upon|on|of|en|et|y|and|bei|ob|van|von|al|au|aux|sous|sobre)$/;

/** A place name: short, capitalised words (abbreviations such as "Pa." allowed). */
function isPlace(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 70 || /[!?;:"“”«»()[\]{}<>=_]/.test(t) || /\d/.test(t)) return false;
  const words = t.split(/[\s,/]+/).filter(Boolean);
  if (words.length > 8) return false;
  return words.every((w) => /^[\p{Lu}]/u.test(w) || CONNECTORS.test(w) || /^[\p{Lu}][\p{L}'’.-]*$/u.test(w)) && /^[\p{Lu}]/u.test(t);
}

/** Drop a trailing date from a place ("STOCKHOLM, Aug 29, 2014" → "STOCKHOLM"). */
export function stripDate(s: string): string {
  const parts = s.split(',');
  const kept: string[] = [];
  for (const part of parts) {
    const p = part.trim();
    if (!p) continue;
    if (/^\d/.test(p) || (MONTH_WORD.test(p) && /\d/.test(p)) || /^(?:today|heute|hoy|oggi|aujourd'hui)$/i.test(p)) break;
    kept.push(p);
  }
  // "New York, NY - October 21": a date after a dash
  let out = kept.join(', ');
  const dash = /\s[-–—]\s/.exec(out);
  if (dash) {
    const after = out.slice(dash.index + dash[0].length).trim();
    if (/^\d/.test(after) || (MONTH_WORD.test(after) && /\d/.test(after))) out = out.slice(0, dash.index);
  }
  return out.trim();
}

/** Is this short string a timestamp or a date rather than a place? */
export function isTimeOrDate(s: string): boolean {
  const t = s.trim();
  return (
    /^\d{1,4}([-/.: ]\d{1,4})*(\s*(GMT|UTC|Z|[AP]M))?([\s+-].*)?$/i.test(t) &&
    /\d/.test(t) &&
    !/\p{L}{3,}/u.test(t.replace(/GMT|UTC/gi, ''))
  );
}

const DASH = String.raw`(?:\.-|--|[-–—_]|:)`;

const PATTERNS: { re: RegExp; place: number; credit: number }[] = [
  // PLACE[, date] (AGENCY) - …        (AP, Reuters, dpa, AFP, EFE ".-", "ats afp" without dash)
  { re: new RegExp(String.raw`^([\p{Lu}][^()]{0,90}?)\s*\(([^()]{1,30})\)\s*(?:${DASH}\s*)?`, 'u'), place: 1, credit: 2 },
  // (AGENCY) - PLACE, date - …        (ANSA)
  { re: new RegExp(String.raw`^\(([^()]{1,30})\)\s*${DASH}\s*([\p{Lu}][^–—]{0,60}?)\s+${DASH}\s+`, 'u'), place: 2, credit: 1 },
  // PLACE, date AGENCY - …            (Kyodo)
  { re: new RegExp(String.raw`^([\p{Lu}][^()]{0,90}?)\s+(${BARE_AGENCIES})\s*${DASH}\s*`, 'u'), place: 1, credit: 2 },
  // PLACE, date /PRNewswire/ -- …
  { re: /^([\p{Lu}][^()/]{0,100}?)\s*\/([A-Za-z][\w .-]{2,40})\/\s*(?:--|[-–—])?\s*/u, place: 1, credit: 2 },
  // (PLACE - date) …                  (IPTC example)
  { re: /^\(([\p{Lu}][^()]{1,60}?\s[-–—]\s[^()]{1,30})\)\s*/u, place: 1, credit: 0 },
  // ALL-CAPS PLACE[, State] — …
  { re: /^([\p{Lu}][\p{Lu} .'’-]{1,40}(?:,\s*[\p{Lu}][\p{L}. ]{1,30})?)\s*(?:--|[–—_])\s+/u, place: 1, credit: 0 },
];

function agencyLike(s: string): boolean {
  const t = s.trim();
  if (KNOWN_AGENCY.test(t)) return true;
  return /^[\p{L}][\p{L}.&'/ -]{0,24}$/u.test(t) && t.split(/\s+/).length <= 3 && !/\d/.test(t) && t.length <= 12;
}

/** The dateline lead-in of a first paragraph, or null when the paragraph has none. */
export function findLeadIn(paragraph: string): LeadIn | null {
  const text = paragraph.slice(0, HEURISTIC_WINDOW);
  for (let i = 0; i < PATTERNS.length; i++) {
    const { re, place: pi, credit: ci } = PATTERNS[i]!;
    const m = re.exec(text);
    if (!m) continue;
    const credit = ci ? collapse(m[ci]) : null;
    if ((i === 0 || i === 1) && !agencyLike(credit ?? '')) continue;
    // "(ats afp) Les …" needs no dash, but then the agency must be one we know ("(R-Ohio) said" is no dateline).
    if (i === 0 && !/[-–—_:]/.test(m[0].slice(m[0].lastIndexOf(')') + 1)) && !KNOWN_AGENCY.test(credit ?? '')) continue;
    const place = stripDate(collapse(m[pi]).replace(/\s[-–—]\s*$/, ''));
    if (!place || !isPlace(place)) continue;
    return { raw: m[0].trim(), length: m[0].length, place, credit: credit || null };
  }
  return null;
}

/**
 * A dateline element or line ("STOCKHOLM, Aug 29, 2014 (AFP) -", "London (dpa) - ", "BEIJING, July 23",
 * "FORT WASHINGTON, Pa.", "(BRISBANE)") → the place, or null when it holds no place (a timestamp).
 */
export function placeFromDateline(raw: string | null | undefined): string | null {
  const t = collapse(raw);
  if (!t || isTimeOrDate(t)) return null;
  const lead = findLeadIn(`${t} `);
  if (lead?.place) return lead.place;
  const bare = stripDate(t.replace(/^\((.*)\)$/, '$1').replace(/\s*(?:\.-|--|[-–—_:])\s*$/, ''));
  return bare && isPlace(bare) ? bare : null;
}
