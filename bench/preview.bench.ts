// The publish preview in Chromium against a `slugline serve` of its own: time from the last
// keystroke of an edit to the preview frame showing it (debounce, pulling the draft, rendering
// the page, loading it into the frame and swapping it in), p50 and p99, on a 1,000- and a
// 5,000-word story; and the renderer's own share (renderPage + pageSnippet in the page).
import { execFileSync } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { documentOf, paragraph, textRun } from '../src/shared/story/document';
import { startDesk } from '../tests/e2e/fixtures';
import { chromiumLaunchOptions, findChromium, NO_CHROMIUM_MESSAGE } from '../tests/support/chromium';
import { caretInMiddleOfBody, generatedStory } from './editor.bench';
import { percentile, type BenchOptions, type BenchResult } from './types';

const TARGET = '≤ 200 ms';

/**
 * Record every keydown's time, and resolve when the visible preview frame shows `marker`. A string,
 * not a function: tsx would wrap named inner functions in a helper the page does not have.
 */
const PROBE = `(() => {
  window.__lastKey = 0;
  document.addEventListener('keydown', (event) => (window.__lastKey = event.timeStamp), true);
  window.__shown = (marker) => new Promise((done, fail) => {
    const since = performance.now();
    const check = () => {
      const frame = document.querySelector('iframe[title^="Page preview"]');
      if (frame && frame.contentDocument && frame.contentDocument.body && frame.contentDocument.body.textContent.includes(marker))
        return done(performance.now() - window.__lastKey);
      if (performance.now() - since > 10000) return fail(new Error('the preview did not show ' + marker + ' within 10 s'));
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
})()`;

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

async function measureStory(page: Page, headline: string, samples: number): Promise<{ latency: number[]; render: number[] }> {
  await page.getByRole('list', { name: 'Stories' }).getByRole('button', { name: headline }).first().click();
  await page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab', { name: 'Preview' }).click();
  await page.frameLocator('iframe[title^="Page preview"]').locator('h1').waitFor();
  await installProbe(page);
  await caretInMiddleOfBody(page);
  await page.evaluate(() => performance.clearMeasures('slugline:preview-render'));
  const latency: number[] = [];
  for (let i = 0; i < samples; i++) {
    const marker = `qz${i.toString(36)}x`;
    // A steady typist (about 12 keys a second): each key restarts the preview's debounce.
    await page.keyboard.type(` ${marker}`, { delay: 80 });
    latency.push(await page.evaluate<number>(`window.__shown(${JSON.stringify(marker)})`));
    await page.waitForTimeout(250);
  }
  const render = await page.evaluate(() => performance.getEntriesByName('slugline:preview-render').map((e) => e.duration));
  if (process.env['DBG'])
    console.log(
      await page.evaluate(
        `JSON.stringify(['dbg-timer','dbg-synced','slugline:preview-render','dbg-html','dbg-loaded'].map(n => performance.getEntriesByName(n).slice(-4).map(e => Math.round(e.startTime) + (e.duration ? '+' + e.duration.toFixed(1) : '')))) + ' lastKey ' + Math.round(window.__lastKey)`,
      ),
    );
  return { latency, render };
}

export async function benchPreview(options: BenchOptions): Promise<BenchResult[]> {
  if (!findChromium()) throw new Error(NO_CHROMIUM_MESSAGE);
  if (process.env['BENCH_SKIP_BUILD'] !== '1') {
    execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'pipe' });
  }
  const sizes = options.quick ? [1000] : [1000, 5000];
  const samples = options.quick ? 8 : 30;
  const { desk, stop } = await startDesk([], { autosaveDelayMs: 5000 });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const results: BenchResult[] = [];
  try {
    for (const words of sizes) {
      const body = generatedStory(words);
      body.root.children.unshift(paragraph([textRun(`PORT ELLIS — A ${words}-word story for the preview bench.`)]));
      const headline = `Preview bench, ${words} words`;
      const created = await desk.api('storyCreate', { fields: { headline, slug: `bench-${words}`, body: documentOf(body.root.children) } });
      if (!created.ok) throw new Error(`storyCreate: ${created.error?.message}`);
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(desk.url);
      const { latency, render } = await measureStory(page, headline, samples);
      await page.close();
      const size = `${words.toLocaleString('en')}-word story, ${samples} edits`;
      results.push(
        {
          name: `preview: last keystroke → frame shows it, p50 (${words} words)`,
          unit: 'ms',
          value: percentile(latency, 50),
          size,
          target: TARGET,
        },
        {
          name: `preview: last keystroke → frame shows it, p99 (${words} words)`,
          unit: 'ms',
          value: percentile(latency, 99),
          size,
          target: TARGET,
        },
        { name: `preview: renderPage + snippet in the page, p50 (${words} words)`, unit: 'ms', value: percentile(render, 50), size },
      );
    }
  } finally {
    await browser.close();
    await stop();
  }
  return results;
}
