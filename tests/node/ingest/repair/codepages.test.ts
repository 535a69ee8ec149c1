// The committed code page tables must match iconv-lite (via the generator) and the WHATWG
// decoders in TextDecoder, so they cannot drift.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CODEPAGE_TABLES } from '../../../../src/shared/ingest/repair/codepages.generated';
import { repoRoot } from '../../../support/corpus';

describe('code page tables', () => {
  it('are exactly what scripts/gen-codepages.ts builds from iconv-lite', async () => {
    // Loaded by path: scripts/ is outside the node tsconfig project.
    const generator = (await import(pathToFileURL(join(repoRoot, 'scripts/gen-codepages.ts')).href)) as {
      buildCodepageModule: () => string;
    };
    const buildCodepageModule = generator.buildCodepageModule;
    const committed = readFileSync(join(repoRoot, 'src/shared/ingest/repair/codepages.generated.ts'), 'utf8');
    expect(committed).toBe(buildCodepageModule());
  });

  it.each([
    ['cp1252', 'windows-1252'],
    ['cp1250', 'windows-1250'],
    ['cp1251', 'windows-1251'],
    ['cp1253', 'windows-1253'],
    ['cp1254', 'windows-1254'],
    ['cp1257', 'windows-1257'],
    ['iso-8859-2', 'iso-8859-2'],
    ['mac-roman', 'macintosh'],
  ] as const)('%s agrees with TextDecoder(%s) on every byte', (name, label) => {
    const decoder = new TextDecoder(label);
    const table = CODEPAGE_TABLES[name];
    for (let b = 0; b < 256; b++) {
      const expected = decoder.decode(new Uint8Array([b])).normalize('NFC');
      const cp = table[b] ?? -1;
      // Bytes a page leaves undefined are ours to name (C1 or dropped): compare the rest.
      if (cp < 0 || (cp >= 0x80 && cp < 0xa0) || expected === '\ufffd') continue;
      const c = expected.charCodeAt(0);
      if (c >= 0x80 && c < 0xa0) continue;
      expect(String.fromCharCode(cp), `byte ${b.toString(16)}`).toBe(expected);
    }
  });

  it('win874 is Windows-874 above A0, cp1252 in 80-9F, and drops what neither defines', () => {
    const t = CODEPAGE_TABLES.win874;
    expect(t[0xe2]).toBe(0x0e42); // โ
    expect(t[0x80]).toBe(0x20ac); // €
    expect(t[0x99]).toBe(0x2122); // ™
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xdb, 0xdc, 0xdd, 0xde, 0xfc, 0xfd, 0xfe, 0xff]) expect(t[b]).toBe(-1);
  });

  it('every table has 256 entries with ASCII unchanged', () => {
    for (const table of Object.values(CODEPAGE_TABLES)) {
      expect(table).toHaveLength(256);
      for (let b = 0; b < 0x80; b++) expect(table[b]).toBe(b);
    }
  });
});
