// Dates on the page: ISO 8601 for machines (<time datetime>, JSON-LD), and the site's chosen
// format in its time zone for readers. Formatters are cached: building one per story is the
// slowest part of a naive renderer.

/** Normalise a timestamp to UTC ISO 8601, or null if it is not a real date. */
let lastRaw = '';
let lastIso: string | null = null;

export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // A page asks for the same timestamp several times (published, modified, <time>): parse once.
  if (raw === lastRaw) return lastIso;
  const ms = Date.parse(raw);
  lastRaw = raw;
  lastIso = Number.isFinite(ms) ? new Date(ms).toISOString() : null;
  return lastIso;
}

export type DateFormat = 'long' | 'medium' | 'iso';

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(lang: string, format: DateFormat, timeZone: string): Intl.DateTimeFormat | null {
  const key = `${lang}\u0000${format}\u0000${timeZone}`;
  let f = formatters.get(key);
  if (f === undefined) {
    try {
      f =
        format === 'iso'
          ? new Intl.DateTimeFormat('en-CA', {
              timeZone,
              year: 'numeric',
              month: '2-digit',
              day: '2-digit',
              hour: '2-digit',
              minute: '2-digit',
              hourCycle: 'h23',
            })
          : new Intl.DateTimeFormat(
              lang,
              format === 'long' ? { timeZone, dateStyle: 'long', timeStyle: 'short' } : { timeZone, dateStyle: 'medium' },
            );
    } catch {
      f = null; // unknown language tag or time zone: the caller falls back and warns
    }
    if (formatters.size > 256) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

/** Whether a time zone name is one this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  return formatterFor('en', 'medium', timeZone) !== null;
}

/**
 * The date as a reader sees it. `iso` is `YYYY-MM-DD HH:mm` in the site's zone; `long` and
 * `medium` follow the story's language. Falls back to English, then to UTC.
 */
export function displayDate(iso: string, lang: string, format: DateFormat, timeZone: string): string {
  const date = new Date(iso);
  const f = formatterFor(lang, format, timeZone) ?? formatterFor('en', format, timeZone) ?? formatterFor('en', format, 'UTC');
  if (!f) return iso.slice(0, 10);
  if (format !== 'iso') return f.format(date);
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(date)) parts[p.type] = p.value;
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}
