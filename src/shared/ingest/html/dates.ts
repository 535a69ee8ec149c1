// Publication dates as pages print them in metadata → ISO 8601, keeping the source's offset
// (or none when the source gives none: a zone is never invented).

/** ISO 8601 form of a machine-readable date, or null when the value is not one (keep it as date_raw). */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const full = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s);
  if (full) {
    const [, y, mo, d, h, mi, sec, frac, zone] = full;
    if (!validDate(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    if (Number(h) > 23 || Number(mi) > 59 || Number(sec ?? '0') > 60) return null;
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${frac ?? ''}${normaliseZone(zone)}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s); // e.g. NYT "pdate" 20190221
  if (compact) {
    const [, y, mo, d] = compact;
    return validDate(Number(y), Number(mo), Number(d)) ? `${y}-${mo}-${d}` : null;
  }
  return null;
}

function normaliseZone(zone: string | undefined): string {
  if (!zone) return '';
  if (/^z$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}
