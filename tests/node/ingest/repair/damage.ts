// Makes mojibake the way the corpus README describes: encode as UTF-8, decode each byte with the
// wrong code page (from the generated tables), dropping the bytes that page drops.
import { CODEPAGE_TABLES, UNDEFINED_BYTES, type CodepageName } from '../../../../src/shared/ingest/repair/codepages.generated';

export type DamageKind = CodepageName | 'cp1252-dropped';

export function damage(text: string, kind: DamageKind): string {
  const page: CodepageName = kind === 'cp1252-dropped' ? 'cp1252' : kind;
  const table = CODEPAGE_TABLES[page];
  const dropped = new Set(kind === 'cp1252-dropped' ? UNDEFINED_BYTES.cp1252 : []);
  let out = '';
  for (const b of new TextEncoder().encode(text)) {
    const cp = table[b] ?? -1;
    if (cp < 0 || dropped.has(b)) continue;
    out += String.fromCharCode(cp);
  }
  return out;
}

/** True when damage lost bytes (the repair then has to guess). */
export function isLossy(text: string, kind: DamageKind): boolean {
  const page: CodepageName = kind === 'cp1252-dropped' ? 'cp1252' : kind;
  const table = CODEPAGE_TABLES[page];
  const dropped = new Set(kind === 'cp1252-dropped' ? UNDEFINED_BYTES.cp1252 : []);
  for (const b of new TextEncoder().encode(text)) if ((table[b] ?? -1) < 0 || dropped.has(b)) return true;
  return false;
}
