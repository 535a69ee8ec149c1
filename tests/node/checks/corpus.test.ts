// The default pack against real copy from ../shared/corpus (read in place, never copied): the
// mojibake detector finds the damaged cases and leaves clean multilingual text alone, and wire
// files check without errors from the engine itself. Skipped with a notice when the corpus is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInputFromParsedItem, checkStory } from '../../../src/shared/checks';
import { mojibake } from '../../../src/shared/checks/builtins/mojibake';
import { DEFAULT_RULE_PACK } from '../../../src/shared/checks/defaultPack';
import { parseWire } from '../../../src/shared/ingest';
import { corpusNotice, corpusPath } from '../../support/corpus';
import { context } from './support';

const run = corpusNotice('checks corpus');
const env = {} as Parameters<typeof mojibake.run>[1];

describe.runIf(run)('checks on the shared corpus', () => {
  it('mojibake: finds most damaged dev cases, flags no clean text but the one that quotes mojibake', () => {
    const file = corpusPath('mojibake', 'dev-cases.jsonl')!;
    const cases = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; input: string; expected: string; kind: string });
    const damaged = cases.filter((c) => c.input !== c.expected && /cp125[012]|latin|mac|cp437|874/.test(c.kind));
    const found = damaged.filter((c) => mojibake.run(c.input, env).length > 0);
    expect(found.length / damaged.length).toBeGreaterThan(0.85);
    const flaggedClean = cases.filter((c) => mojibake.run(c.expected, env).length > 0 && !c.expected.includes('MÃ¼nchen'));
    expect(flaggedClean.map((c) => c.id)).toEqual([]);
    // Where every run has a fix, applying them gives the expected text in most cases.
    const repaired = found.filter((c) => {
      let text = c.input;
      for (const h of [...mojibake.run(c.input, env)].reverse())
        if (h.fix != null) text = text.slice(0, h.start) + h.fix + text.slice(h.end);
      return text === c.expected;
    });
    expect(repaired.length / found.length).toBeGreaterThan(0.6);
  });

  it('mojibake: nothing flagged in real pages in Czech, Chinese, French, German, Portuguese and English', () => {
    const root = corpusPath('html-pages')!;
    for (const site of readdirSync(root)) {
      const file = join(root, site, 'expected.html');
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8').replace(/<[^>]*>/g, ' ');
      expect(mojibake.run(text, env).map((h) => `${site}: ${text.slice(h.start, h.end)}`)).toEqual([]);
    }
  });

  it('every wire file in the corpus checks without the engine failing a rule', () => {
    const root = corpusPath('wire')!;
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter(
      (d) => d.isFile() && !/MANIFEST|hostile/.test(join(d.parentPath, d.name)),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const d of files) {
      const path = join(d.parentPath, d.name);
      const parsed = parseWire(new Uint8Array(readFileSync(path)), d.name);
      if (!parsed.ok) continue;
      for (const item of parsed.value.items) {
        const findings = checkStory(checkInputFromParsedItem(item), DEFAULT_RULE_PACK, context());
        expect(findings.filter((f) => /not run|stopped early/.test(f.message)).map((f) => `${d.name}: ${f.message}`)).toEqual([]);
      }
    }
  });
});
