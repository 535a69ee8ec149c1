// Export throughput: renderPage over 10,000 generated stories, beside a bare template literal over
// the same data in the same run (issue 6: ≤ 5 s, and ≤ 3× the bare template). A second figure
// writes 1,000 stories to a folder for real (render + atomic write with fsync), for scale;
// BENCH_NO_DISK=1 leaves that one out while tuning the renderer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportStoryToFolder } from '../src/main/files/export/exportStory';
import { pageCss } from '../src/shared/render/css';
import { renderPage } from '../src/shared/render/page';
import { resolveSite } from '../src/shared/render/site';
import type { MediaResolver, RenderInput, RenderStory } from '../src/shared/render/types';
import { defaultPreferences } from '../src/shared/settings/preferences';
import {
  documentFromText,
  documentOf,
  figure,
  heading,
  link,
  list,
  paragraph,
  textRun,
  TEXT_FORMAT,
  type BlockNodeJSON,
} from '../src/shared/story/document';
import { blockText } from '../src/shared/story/text';
import type { BenchOptions, BenchResult } from './types';

/** A small deterministic generator, so every run renders the same stories. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'the council harbour bridge said on Monday that repairs would & continue through <spring> with buses ferries cyclists "lanes" budget port engineers closed traffic city transport director reporters week'.split(
    ' ',
  );

function sentence(rnd: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rnd() * WORDS.length)]!);
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function generateStory(i: number, rnd: () => number): RenderStory {
  const blocks: BlockNodeJSON[] = [];
  const paragraphs = 6 + Math.floor(rnd() * 8);
  for (let p = 0; p < paragraphs; p++) {
    if (p === 3) blocks.push(heading('h2', [textRun(sentence(rnd, 4))]));
    blocks.push(
      paragraph([
        textRun(`${sentence(rnd, 12)} `),
        textRun(sentence(rnd, 3), rnd() < 0.3 ? TEXT_FORMAT.italic : TEXT_FORMAT.bold),
        textRun(` ${sentence(rnd, 10)} `),
        link(`https://example.org/${i}/${p}`, [textRun(sentence(rnd, 2))]),
      ]),
    );
    if (p === 1) {
      const id = (i * 7919 + 1).toString(16).padStart(16, '0');
      blocks.push(
        figure({
          mediaId: id,
          width: 1200,
          height: 800,
          alt: sentence(rnd, 6),
          credit: 'Lena Sorvik/The Daily Slug',
          caption: documentFromText(sentence(rnd, 14)),
        }),
      );
    }
    if (p === 5 && rnd() < 0.4) blocks.push(list('bullet', [[textRun(sentence(rnd, 5))], [textRun(sentence(rnd, 5))]]));
  }
  return {
    slug: `story-${i}`,
    headline: sentence(rnd, 9),
    headlineDoc: null,
    deck: sentence(rnd, 18),
    deckDoc: null,
    byline: 'By Mara Oduya',
    dateline: 'PORT ELLIS',
    body: documentOf(blocks),
    credit: 'Staff',
    copyright: '© 2026 The Daily Slug',
    language: 'en',
    tags: ['transport', 'city hall'],
    createdAt: '2026-04-11T16:00:00.000Z',
    updatedAt: new Date(Date.UTC(2026, 3, 12, 9, 30) + i * 60_000).toISOString(),
  };
}

const site = defaultPreferences().site;
const media: MediaResolver = (id) => ({ src: `assets/${id}.jpg`, width: 1200, height: 800 });

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
const BARE_CSS = pageCss(resolveSite(site));

/**
 * The reference: the same page (head tags, stylesheet, JSON-LD, article) from one template literal
 * over the same data, the way it is written by hand: naive escaping, body as plain text per
 * block, no checks, no allowlist, no formats or links. The ratio is what doing it properly costs.
 */
function bareTemplate(story: RenderStory): string {
  const url = `${site.siteUrl}/${story.slug}`;
  const figures = story.body.root.children.filter((b) => b.type === 'figure');
  const body = story.body.root.children
    .map((b) =>
      b.type === 'figure'
        ? `<figure><img src="assets/${b.mediaId}.jpg" alt="${esc(b.alt)}" width="${b.width}" height="${b.height}" loading="lazy"><figcaption>${esc(blockText(b))} <span class="credit">${esc(b.credit)}</span></figcaption></figure>`
        : `<p>${esc(blockText(b))}</p>`,
    )
    .join('\n');
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline,
    description: story.deck,
    datePublished: story.updatedAt,
    dateModified: story.updatedAt,
    author: [{ '@type': 'Person', name: story.byline }],
    publisher: { '@type': 'Organization', name: site.masthead, url: site.siteUrl },
    image: figures.map((f) => ({
      '@type': 'ImageObject',
      url: `${site.siteUrl}/assets/${f.mediaId}.jpg`,
      caption: blockText(f),
      creditText: f.credit,
    })),
    keywords: story.tags.join(', '),
  }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="${story.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(story.headline)}</title>
<meta name="description" content="${esc(story.deck)}">
<link rel="canonical" href="${url}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(story.headline)}">
<meta property="og:description" content="${esc(story.deck)}">
<meta property="og:url" content="${url}">
<meta name="twitter:card" content="summary_large_image">
<style>${BARE_CSS}</style>
<script type="application/ld+json">${jsonLd}</script>
</head>
<body>
<header class="site"><p class="masthead"><a href="${site.siteUrl}">${esc(site.masthead)}</a></p></header>
<main><article>
<header><h1>${esc(story.headline)}</h1><p class="deck">${esc(story.deck)}</p><p class="meta">${esc(story.byline)} · <time datetime="${story.updatedAt}">${story.updatedAt}</time></p></header>
${body}
<footer><p>${esc(story.credit)}</p><p>${esc(story.copyright)}</p><ul class="tags">${story.tags.map((t) => `<li>${esc(t)}</li>`).join('')}</ul></footer>
</article></main>
</body>
</html>
`;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export async function benchExport(options: BenchOptions = { quick: false }): Promise<BenchResult[]> {
  const count = options.quick ? 1_000 : 10_000;
  const rnd = random(6);
  const stories = Array.from({ length: count }, (_, i) => generateStory(i, rnd));
  const inputs: RenderInput[] = stories.map((story) => ({ story, site, media }));
  const renderChunk = (chunk: RenderInput[]) => chunk.reduce((n, input) => n + renderPage(input).html.length, 0);
  const bareChunk = (chunk: RenderStory[]) => chunk.reduce((n, story) => n + bareTemplate(story).length, 0);

  // Warm both up (the JIT), so neither pays for compilation inside the figures.
  for (let i = 0; i < 2; i++) {
    renderChunk(inputs.slice(0, 500));
    bareChunk(stories.slice(0, 500));
  }
  // The wall-clock figure: every story once, straight through, as a batch export does it.
  let bytes = 0;
  const batch = time(() => (bytes = renderChunk(inputs)));
  let bareBytes = 0;

  // The ratio: chunks of 500, each timed seven times interleaved with the reference, keeping each
  // chunk's fastest. On a shared machine that is the figure closest to the code's own cost, and
  // the sums still cover every story for both.
  const CHUNK = 500;
  let render = 0;
  let bare = 0;
  for (let from = 0; from < count; from += CHUNK) {
    const chunkInputs = inputs.slice(from, from + CHUNK);
    const chunkStories = stories.slice(from, from + CHUNK);
    let bestRender = Infinity;
    let bestBare = Infinity;
    for (let run = 0; run < 7; run++) {
      bestRender = Math.min(
        bestRender,
        time(() => renderChunk(chunkInputs)),
      );
      bestBare = Math.min(
        bestBare,
        time(() => (bareBytes += run === 0 ? bareChunk(chunkStories) : (bareChunk(chunkStories), 0))),
      );
    }
    render += bestRender;
    bare += bestBare;
  }

  const diskCount = process.env['BENCH_NO_DISK'] ? 0 : options.quick ? 100 : 1_000;
  const dir = mkdtempSync(join(tmpdir(), 'slugline-bench-export-'));
  let disk: number;
  try {
    const taken = new Set<string>();
    const start = performance.now();
    for (const story of stories.slice(0, diskCount)) await exportStoryToFolder(story, { outDir: dir, site, taken });
    disk = performance.now() - start;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  const size = `${count} stories, ${mb(bytes)} MB of HTML (bare template: ${mb(bareBytes)} MB)`;
  return [
    { name: `export: renderPage × ${count}, one pass`, unit: 'ms', value: batch, size, target: count === 10_000 ? '≤ 5000 ms' : '' },
    {
      name: `export: renderPage × ${count}, best per chunk`,
      unit: 'ms',
      value: render,
      size,
      reference: bare,
      referenceName: 'bare template',
      target: '≤ 3× reference',
    },
    { name: 'export: renderPage vs bare template', unit: 'ratio', value: render / bare, size, target: '≤ 3' },
    { name: 'export: per story', unit: 'µs', value: (render / count) * 1000, size },
    { name: `export: to folder (render + atomic write) × ${diskCount}`, unit: 'ms', value: disk, size: `${diskCount} stories` },
  ];
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain)
  for (const r of await benchExport({ quick: process.argv.includes('--quick') }))
    console.log(`${r.name}: ${r.value.toFixed(r.unit === 'ratio' ? 2 : 1)} ${r.unit} (${r.size})`);
