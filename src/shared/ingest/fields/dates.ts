// Item timestamps → ISO 8601, keeping the offset the source gave (and adding none when it gave
// none). Covers ISO basic and extended forms and the teletype trailers of 7901, ANPA and Kyodo.

const MONTHS: Record<string, number> = {};
// English, German, French, Spanish, Italian, Portuguese, Dutch and Scandinavian abbreviations.
const MONTH_NAMES: [number, string[]][] = [
  [1, ['jan', 'jän', 'janv', 'ene', 'gen', 'genn', 'janeiro', 'januar', 'january']],
  [2, ['feb', 'fév', 'févr', 'fev', 'febr', 'february', 'februar']],
  [3, ['mar', 'mär', 'märz', 'mars', 'marz', 'march', 'maart']],
  [4, ['apr', 'avr', 'abr', 'april', 'avril', 'abril']],
  [5, ['may', 'mai', 'mayo', 'mag', 'maggio', 'mei', 'maj', 'maio']],
  [6, ['jun', 'juin', 'giu', 'june', 'juni', 'junio', 'junho']],
  [7, ['jul', 'juil', 'lug', 'july', 'juli', 'julio', 'julho']],
  [8, ['aug', 'août', 'aout', 'ago', 'agosto', 'august', 'augustus']],
  [9, ['sep', 'sept', 'set', 'september', 'septiembre', 'settembre', 'setembro']],
  [10, ['oct', 'okt', 'ott', 'out', 'october', 'oktober', 'octubre', 'ottobre', 'outubro']],
  [11, ['nov', 'november', 'novembre', 'noviembre', 'novembro']],
  [12, ['dec', 'dez', 'déc', 'dic', 'des', 'december', 'dezember', 'décembre', 'diciembre', 'dicembre', 'dezembro']],
];
for (const [n, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = n;

/** Month number for a name or abbreviation in the languages above ("Dez" → 12), else null. */
export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Matches a month name at the start of a string (for stripping dates off datelines). */
export const MONTH_WORD = new RegExp(
  `^(?:${Object.keys(MONTHS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\.?(?![\\p{L}])`,
  'iu',
);

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function offsetOf(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(z|gmt|utc)$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return '';
  if (m[2] === '00' && (m[3] ?? '00') === '00') return m[1] === '+' ? '+00:00' : '-00:00';
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 24 && mi <= 59 && s <= 60 && y >= 1900 && y <= 2200;
}

function iso(y: number, mo: number, d: number, h: number, mi: number, s: number, frac: string, zone: string): string | null {
  if (!valid(y, mo, d, h, mi, s)) return null;
  const f = frac && /[1-9]/.test(frac) ? `.${frac}` : '';
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${f}${zone}`;
}

const ISO_ANY =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|GMT|UTC)?$/i;

/**
 * ISO 8601 (basic or extended, "T" or space, with or without seconds and offset) → extended form.
 * A date without a time stays a date ("2018-04-04"). Returns null for anything else.
 */
export function normalizeIsoDate(raw: string | null | undefined): string | null {
  const t = (raw ?? '').trim();
  const m = ISO_ANY.exec(t);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (h === undefined) {
    const ok = valid(+y!, +mo!, +d!, 0, 0, 0);
    return ok ? `${y}-${mo}-${d}` : null;
  }
  return iso(+y!, +mo!, +d!, +h, +(mi ?? 0), +(s ?? 0), frac ?? '', offsetOf(zone));
}

/** Two-digit years in teletype trailers are this century (wire archives do not predate 1970). */
const fullYear = (yy: number): number => (yy < 70 ? 2000 + yy : 1900 + yy);

/**
 * IPTC 7901 trailer "DDHHMM [GMT] Mon YY" ("131137 GMT Nov 13", "101137 GMT Dez 18",
 * "091223 dec 18"). The offset is kept only when the trailer names GMT.
 */
export function parse7901Trailer(raw: string): string | null {
  const m = /(\d{2})(\d{2})(\d{2})\s+(?:(GMT|UTC|UT)\s+)?([\p{L}]{3,9})\.?\s+(\d{2}|\d{4})\b/iu.exec(raw);
  if (!m) return null;
  const mo = monthNumber(m[5]!);
  if (!mo) return null;
  const y = m[6]!.length === 4 ? +m[6]! : fullYear(+m[6]!);
  return iso(y, mo, +m[1]!, +m[2]!, +m[3]!, 0, '', m[4] ? 'Z' : '');
}

/** ANPA trailer "AP-WF-11-13-13 1509GMT" (MM-DD-YY) or Kyodo "KWS-21:37-09-12-18" (HH:MM-DD-MM-YY). */
export function parseAnpaTrailer(raw: string): string | null {
  let m = /(\d{2})-(\d{2})-(\d{2})\s+(\d{2}):?(\d{2})\s*(GMT|UTC)?/i.exec(raw);
  if (m) return iso(fullYear(+m[3]!), +m[1]!, +m[2]!, +m[4]!, +m[5]!, 0, '', m[6] ? 'Z' : '');
  m = /(\d{2}):(\d{2})-(\d{2})-(\d{2})-(\d{2})/.exec(raw);
  if (m) return iso(fullYear(+m[5]!), +m[4]!, +m[3]!, +m[1]!, +m[2]!, 0, '', '');
  return null;
}
