// The seed (a news page saved as text: mojibake, site furniture, repeated headlines, captions)
// ingested and exported reads like the story on a clean page. Reads ../shared/corpus; skipped
// with a notice when the corpus is not on this machine.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/io';
import { corpusNotice, corpusPath, hasCorpus } from '../../support/corpus';
import { tempDir } from '../../support/tempApp';
import { allowlistProblems } from '../render/support/allowlistCheck';
import { validationErrors } from '../render/support/validate';

const seed = corpusPath('seed', 'lapost-hamas-talks.txt');
const HEADLINE = 'Hamas says ready to maintain direct talks with US but accuses Trump of double standards';

function io(cwd: string): CliIo & { out(): string } {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  return {
    stdin: new PassThrough(),
    stdout,
    stderr: new PassThrough().resume(),
    env: { SLUGLINE_DATA_DIR: join(cwd, 'data') },
    cwd,
    out: () => out,
  };
}

describe.skipIf(!corpusNotice('seed export') || !hasCorpus)('the seed, ingested and exported', () => {
  let dir: string;
  let html: string;
  beforeAll(async () => {
    dir = tempDir('slugline-seed-');
    const db = join(dir, 'seed.db');
    expect(await main(['ingest', seed!, '--db', db], io(dir))).toBe(0);
    const exported = io(dir);
    // --force: the seed is raw wire copy that never went through the desk (no photo credits, the
    // agency's byline rule); the ready gate is tested in cli.test.ts, the page is tested here.
    expect(await main(['export', '1', '--out', 'out', '--force', '--db', db], exported)).toBe(0);
    html = readFileSync(exported.out().trim(), 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a valid page inside the allowlist', async () => {
    expect(await validationErrors(html)).toEqual([]);
    expect(allowlistProblems(html, 'page')).toEqual([]);
  });

  it('has the headline once, no site furniture and no mojibake', () => {
    const { document } = parseHTML(html);
    const article = document.querySelector('article')!.textContent ?? '';
    expect(article.split(HEADLINE).length - 1).toBe(1);
    expect(document.querySelector('h1')!.textContent).toBe(HEADLINE);
    for (const furniture of ['The Los Angeles Post', 'U.S. World Business Lifestyle', 'Today: April 01, 2025'])
      expect(html).not.toContain(furniture);
    expect(html).not.toMatch(/โ€|â€|Ã./);
    expect(article).toContain('“blatant double standards”');
  });

  it('keeps the captions as figures (no image: the page was saved as text), and the credit and copyright', () => {
    const { document } = parseHTML(html);
    const captions = [...document.querySelectorAll('figure figcaption .caption')].map((c) => c.textContent);
    expect(captions).toEqual([
      'US President Donald Trump poses for photos with the family of Edan Alexander at Ohel Chabad Lubavitch on October 7, 2024 in New York City.',
      'Mushir al-Masri speaks during an interview with CNN.',
    ]);
    expect(document.querySelector('footer .credit')!.textContent).toBe('CNN Wire');
    expect(document.querySelector('footer .copyright')!.textContent).toContain('Cable News Network');
  });

  it('names the wire item it is based on in the JSON-LD', () => {
    const { document } = parseHTML(html);
    const data = JSON.parse(document.querySelector('script')!.textContent ?? '') as { isBasedOn?: { headline?: string } };
    expect(data.isBasedOn).toMatchObject({ '@type': 'NewsArticle', headline: HEADLINE });
  });
});
