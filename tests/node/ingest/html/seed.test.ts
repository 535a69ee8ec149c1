// The seed: a CNN Wire story as republished on a news site and saved as text (Windows-874
// mojibake, repeated headlines, site furniture). Expectations are derived from the file's own
// lines by position (counted by hand), so no corpus text is copied into the repository.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikePageText, parsePageText } from '../../../../src/shared/ingest/html/index';
import { inlineHtmlToText } from '../../../../src/shared/ingest/inline';
import type { ParsedItem } from '../../../../src/shared/ingest/types';
import { corpusNotice, corpusPath } from '../../../support/corpus';

const seedPath = corpusPath('seed', 'lapost-hamas-talks.txt');
const present = corpusNotice('ingest/html seed') && !!seedPath && existsSync(seedPath);
if (!present) console.warn('[ingest/html seed] seed page not found: seed tests skipped');

const MOJIBAKE = /โ€|â€|ยฉ|โ„/;
/** Compare text whatever its repair state: ASCII letters, digits and punctuation only. */
const key = (s: string): string =>
  s
    .replace(/[^\x20-\x7e]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe.skipIf(!present)('seed page text (lapost-hamas-talks.txt)', () => {
  const raw = present ? readFileSync(seedPath!, 'utf8') : '';
  const lines = raw.split(/\r?\n/).map((l) => l.trim());
  // Hand-counted layout of the file (1-based line numbers in the original):
  //   1 masthead, 2 navigation, 3-4 "Today:" lines, 6 and 8 the headline, 10 the first paragraph;
  //   the headline twice more inside the story, each followed directly by a caption line;
  //   18 body paragraphs in all; then the credit line, the copyright line, and site furniture
  //   (share, popular list with tag lines and teaser headlines, paywall prompts) to the end.
  const headlineLine = lines[5]!;
  const headlineAt = lines.flatMap((l, i) => (l === headlineLine ? [i] : []));
  const captionLines = headlineAt.slice(2).map((i) => lines[i + 1]!);
  const creditIndex = lines.findIndex((l) => /^The-CNN-Wire$/.test(l));
  const furniture = [...lines.slice(0, 4), ...lines.slice(creditIndex)].filter(Boolean);
  const wire = parsePageText(raw, 'lapost-hamas-talks.txt', 'utf-8');
  const item = wire.items[0] as ParsedItem;
  const bodyText = item.body.map(inlineHtmlToText);
  const captionText = item.captions.map((c) => inlineHtmlToText(c.text));

  it('is recognised as the text of a saved web page', () => {
    expect(looksLikePageText(raw)).toBe(true);
    expect(wire.format).toBe('page-text');
    expect(wire.items).toHaveLength(1);
  });

  it('has the real headline once, and nowhere else', () => {
    expect(lines[7]).toBe(headlineLine); // the page prints it twice at the top
    expect(item.headline).toBe(headlineLine);
    expect([...bodyText, ...captionText].filter((t) => t.includes(headlineLine))).toEqual([]);
  });

  it('has exactly the two captions, placed after the paragraphs they follow', () => {
    expect(headlineAt).toHaveLength(4);
    expect(captionText.map(key)).toEqual(captionLines.map(key));
    expect(item.captions.map((c) => c.credit)).toEqual([null, null]); // the page prints no photo credit
    expect(item.captions.map((c) => c.after_paragraph)).toEqual([3, 7]);
  });

  it('has the 18 body paragraphs in order', () => {
    expect(item.body).toHaveLength(18);
    expect(item.blocks?.every((b) => b.kind === 'p')).toBe(true);
    expect(key(bodyText[1]!)).toBe(key(lines[11]!));
    expect(key(bodyText[17]!)).toBe(key(lines[creditIndex - 2]!));
  });

  it('keeps the wire credit and the copyright line as fields, not body', () => {
    expect(item.credit).toBe('CNN Wire');
    expect(item.warnings).toContain('credit line "The-CNN-Wire" read as "CNN Wire"');
    expect(item.copyright).toMatch(/2025 Cable News Network, Inc\., a Warner Bros\. Discovery Company\. All rights reserved\.$/);
    expect(bodyText.some((t) => /CNN-Wire|All rights reserved/.test(t))).toBe(false);
  });

  it('drops every kind of site furniture', () => {
    const out = [item.headline, item.deck ?? '', ...bodyText, ...captionText];
    for (const line of furniture) {
      if (key(line) === key(item.copyright ?? '')) continue; // kept, as a field
      expect(
        out.filter((t) => key(t) === key(line)),
        `furniture line "${line}"`,
      ).toEqual([]);
    }
    const kinds: [string, RegExp][] = [
      ['masthead / site name', /^The Los Angeles Post$/],
      ['navigation', /^U\.S\. World Business/],
      ['"Today:" lines', /^Today:/],
      ['share button', /^Share This$/],
      ['"Popular" heading', /^Popular$/],
      ['tag lists', /\|/],
      ['paywall prompts', /Access this article|Already have an account|Sign In/],
    ];
    for (const [kind, re] of kinds)
      expect(
        out.filter((t) => re.test(t)),
        kind,
      ).toEqual([]);
    // teaser headlines of the "Popular" list: every line after the copyright that is repeated
    const teasers = lines.slice(creditIndex).filter((l, i, all) => l && all.indexOf(l) !== i);
    expect(teasers.length).toBeGreaterThan(5);
    for (const t of teasers) expect(out.map(key)).not.toContain(key(t));
  });

  // These assertions need the shared repair engine (src/shared/ingest/repair): the page's
  // Windows-874 mojibake is undone there, never by this extractor.
  it('after text repair: dateline lead-in, curly quotes, no mojibake left, repairs recorded', () => {
    expect(bodyText[0]!.startsWith('(CNN) — ')).toBe(true);
    expect(item.dateline_raw).toBe('(CNN) —');
    expect(item.dateline).toBeNull();
    expect(item.agency).toBe('CNN');
    expect(bodyText[0]).toMatch(/“blatant double standards”/);
    expect(item.copyright!.startsWith('™ & © 2025')).toBe(true);
    expect(item.copyright_holder).toBe('Cable News Network, Inc.'); // found after the © sign
    const all = [item.headline, ...bodyText, ...captionText, item.copyright ?? '', item.credit ?? ''];
    expect(all.filter((t) => MOJIBAKE.test(t))).toEqual([]);
    expect(item.repairs.some((r) => r.field === 'body' && r.index === 0 && r.to === '—')).toBe(true);
    for (const r of item.repairs.filter((x) => x.field === 'body')) {
      expect(bodyText[r.index!]!.slice(r.start, r.end)).toBe(r.to);
    }
  });
});
