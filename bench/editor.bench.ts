// The editor in Chromium against a `slugline serve` of its own: time to open a 20,000-word story
// until its body is editable, keystroke-to-paint latency (p50/p99) on it and on a 1,000-word story
// (and their ratio: does typing slow down with length?), and the autosave round trip (p99).
// Stories are generated here; timings are taken inside the page (performance.now, rAF).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { documentOf, heading, list, paragraph, quote, textRun, type BlockNodeJSON, type StoryDocument } from '../src/shared/story/document';
import { countWords, documentText } from '../src/shared/story/text';
import { startDesk } from '../tests/e2e/fixtures';
import { chromiumLaunchOptions, findChromium, NO_CHROMIUM_MESSAGE } from '../tests/support/chromium';
import { percentile, type BenchOptions, type BenchResult } from './types';

const SENTENCES = [
  'The council voted on Tuesday to extend the tram line to the northern estates, ending a decade of debate.',
  'Officials said the first trams would run within three years if the contracts are signed by the summer.',
  '“This is the biggest investment in public transport in a generation,” the mayor told reporters outside the chamber.',
  'Opposition members questioned the cost, which has risen by a fifth since the plan was first published.',
  'Residents along the route welcomed the decision but asked for quieter construction work at night.',
  'The regional government is expected to pay about half of the bill, with the rest coming from city bonds.',
  'Traffic on the main ring road will be diverted for several months while the tracks are laid.',
  'Shop owners said they hoped the new stops would bring more customers to the old market streets.',
];

/** The last line of a generated story: how the bench sees that this story (not the last one) is on screen. */
export function sentinelFor(words: number): string {
  return `End of the ${words}-word story.`;
}

/** A story of about `words` words: paragraphs with bold and italic runs, subheads, lists and quotes. */
export function generatedStory(words: number): StoryDocument {
  const blocks: BlockNodeJSON[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    if (i % 25 === 12) {
      blocks.push(heading('h2', [textRun(`Section ${i / 25 + 1}: what happens next`)]));
      count += 4;
    } else if (i % 40 === 20) {
      blocks.push(
        list('bullet', [[textRun('Four new stops on the line')], [textRun('Work to start in the spring')], [textRun('Fares unchanged')]]),
      );
      count += 15;
    } else if (i % 30 === 25) {
      blocks.push(quote([textRun('“We waited a long time for this,” said a resident of the estate.')]));
      count += 12;
    } else {
      const a = SENTENCES[i % SENTENCES.length]!;
      const b = SENTENCES[(i * 3 + 1) % SENTENCES.length]!;
      const c = SENTENCES[(i * 5 + 2) % SENTENCES.length]!;
      blocks.push(
        paragraph([textRun(`${a} `), textRun('According to the plan,', 1), textRun(` ${b} `), textRun('It said', 2), textRun(` ${c}`)]),
      );
      count += countWords(`${a} According to the plan, ${b} It said ${c}`);
    }
  }
  blocks.push(paragraph([textRun(sentinelFor(words))]));
  return documentOf(blocks);
}

/** Click a story in the list and time it until its body is editable and painted. */
async function timeOpen(page: Page, headline: string, sentinel: string): Promise<number> {
  return page.evaluate(
    ({ headline, sentinel }) =>
      new Promise<number>((done, fail) => {
        const button = Array.from(document.querySelectorAll<HTMLButtonElement>('[aria-label="Stories"] button')).find((b) =>
          b.textContent?.includes(headline),
        );
        if (!button) return fail(new Error(`no story "${headline}" in the list`));
        const start = performance.now();
        button.click();
        const check = () => {
          const body = document.getElementById('field-body');
          const ready = body?.isContentEditable && (body.lastElementChild?.textContent ?? '').includes(sentinel);
          // Ready in the DOM: the next frame is the one that paints it.
          if (ready) requestAnimationFrame(() => done(performance.now() - start));
          else if (performance.now() - start > 20_000) fail(new Error('the story did not open within 20 s'));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { headline, sentinel },
  );
}

/**
 * timeOpen, tried again once if the click was lost (seen once in CI under load, not reproduced
 * since). Said on stderr, so a figure never hides a retry; the lost attempt is not counted.
 */
async function timeOpenRetried(page: Page, headline: string, sentinel: string): Promise<number> {
  try {
    return await timeOpen(page, headline, sentinel);
  } catch (err) {
    if (!String(err).includes('did not open')) throw err;
    process.stderr.write(`bench: editor: "${headline}" did not open; clicking it once more\n`);
    return timeOpen(page, headline, sentinel);
  }
}

/**
 * Listen for key presses and time each two ways: until the DOM has the change (the editor's own
 * work: key event → Lexical update → reconciled DOM), and until the first frame painted after it.
 */
async function installKeyTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __keyLatency: number[]; __keyWork: number[] };
    w.__keyLatency = [];
    w.__keyWork = [];
    const body = document.getElementById('field-body')!;
    const channel = new MessageChannel();
    let pending: number[] = [];
    let changed = false;
    // The DOM change Lexical makes for the key (not a text scan: that would cost more than typing).
    new MutationObserver(() => {
      if (!changed && pending.length) w.__keyWork.push(performance.now() - pending[pending.length - 1]!);
      changed = true;
    }).observe(body, { subtree: true, childList: true, characterData: true });
    const frame = () => requestAnimationFrame(() => channel.port2.postMessage(null));
    channel.port1.onmessage = () => {
      // rAF runs just before a frame is painted; this message arrives after it.
      if (!changed) return frame();
      const now = performance.now();
      for (const start of pending) w.__keyLatency.push(now - start);
      pending = [];
    };
    document.addEventListener(
      'keydown',
      (event) => {
        // event.timeStamp: when the key event was created, so time spent queued counts too.
        pending.push(event.timeStamp);
        changed = false;
        frame();
      },
      true,
    );
  });
}

/**
 * Click into the body and put the caret at the end of its middle block: the place where an
 * edit reflows the most of what follows, as when an editor works inside a long story.
 */
export async function caretInMiddleOfBody(page: Page): Promise<void> {
  await page.getByLabel('Body').click();
  await page.evaluate(() => {
    const body = document.getElementById('field-body')!;
    const middle = body.children[Math.floor(body.children.length / 2)]!;
    const range = document.createRange();
    range.selectNodeContents(middle);
    range.collapse(false);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
}

async function typeAndMeasure(page: Page, characters: number): Promise<{ paint: number[]; work: number[] }> {
  await installKeyTimer(page);
  await caretInMiddleOfBody(page);
  const text = 'The quick brown fox jumps over the lazy dog near the harbour wall. ';
  let typed = '';
  while (typed.length < characters) typed += text;
  // A steady typist: about 12 keys per second.
  await page.keyboard.type(typed.slice(0, characters), { delay: 80 });
  await page.waitForTimeout(300);
  if (process.env['BENCH_DEBUG']) await page.screenshot({ path: `/tmp/bench-typed-${characters}.png` });
  return page.evaluate(() => {
    const w = window as unknown as { __keyLatency: number[]; __keyWork: number[] };
    return { paint: w.__keyLatency, work: w.__keyWork };
  });
}

async function autosaveRoundTrips(page: Page, saves: number): Promise<number[]> {
  await page.evaluate(() => performance.clearMeasures('slugline:autosave'));
  const status = page.getByRole('main', { name: 'Story' }).getByRole('status');
  for (let i = 0; i < saves; i++) {
    await page.keyboard.type('x');
    await status.getByText('Unsaved changes').waitFor({ timeout: 5_000 });
    await status
      .getByText('Saved', { exact: true })
      .waitFor({ timeout: 15_000 })
      .catch(async (err: Error) => {
        throw new Error(`autosave did not finish (status: "${await status.textContent()}"): ${err.message.split('\n')[0]}`);
      });
  }
  return page.evaluate(() => performance.getEntriesByName('slugline:autosave').map((e) => e.duration));
}

export async function benchEditor(options: BenchOptions = { quick: false }): Promise<BenchResult[]> {
  if (!findChromium()) throw new Error(NO_CHROMIUM_MESSAGE);
  if (process.env['BENCH_SKIP_BUILD'] !== '1' || !existsSync('out/renderer/index.html')) {
    execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'pipe' });
  }
  const longDoc = generatedStory(20_000);
  const shortDoc = generatedStory(1_000);
  const longWords = countWords(documentText(longDoc));
  const shortWords = countWords(documentText(shortDoc));
  // The same `slugline serve` the UI tests use, with a scratch database of its own.
  const { desk, stop } = await startDesk();
  // Frames are not held to the display's 60 Hz: "the next frame" then means the next one the
  // browser can produce, so the figure measures the editor, not where in a vsync period a key fell.
  const launch = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...launch, args: [...launch.args, '--disable-frame-rate-limit', '--disable-gpu-vsync'] });
  try {
    for (const [headline, body] of [
      ['Bench long story', longDoc],
      ['Bench short story', shortDoc],
    ] as const) {
      const created = await desk.api('storyCreate', { fields: { headline, body } });
      if (!created.ok) throw new Error(`storyCreate: ${created.error?.message}`);
    }
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx keeps function names with a `__name` helper the page does not have; give it one.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await page.goto(desk.url);
    await page
      .getByRole('list', { name: 'Stories' })
      .getByRole('button', { name: /Bench long story/ })
      .waitFor();

    // Open: alternate the two stories so each open mounts fresh editors.
    const opens: number[] = [];
    const rounds = options.quick ? 3 : 10;
    for (let i = 0; i < rounds; i++) {
      await timeOpenRetried(page, 'Bench short story', sentinelFor(1_000));
      opens.push(await timeOpenRetried(page, 'Bench long story', sentinelFor(20_000)));
    }

    const keys = options.quick ? 60 : 200;
    const longLatency = await typeAndMeasure(page, keys);
    const saves = await autosaveRoundTrips(page, options.quick ? 5 : 20);
    // A fresh page for the second story: the key timer's listeners and observer are per page, and
    // a second set on the same page (watching the first story's replaced editor) would spin.
    await page.close();
    const shortPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await shortPage.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await shortPage.goto(desk.url);
    await shortPage
      .getByRole('list', { name: 'Stories' })
      .getByRole('button', { name: /Bench short story/ })
      .waitFor();
    await timeOpenRetried(shortPage, 'Bench short story', sentinelFor(1_000));
    const shortLatency = await typeAndMeasure(shortPage, keys);

    const longP99 = percentile(longLatency.paint, 99);
    const shortP99 = percentile(shortLatency.paint, 99);
    const longSize = `${longWords} words, ${longDoc.root.children.length} blocks`;
    const shortSize = `${shortWords} words, ${shortDoc.root.children.length} blocks`;
    const keysOf = (s: { paint: number[] }) => `${s.paint.length} keys`;
    return [
      {
        name: 'open long story until editable (median)',
        unit: 'ms',
        value: percentile(opens, 50),
        size: `${longSize}, ${rounds} opens`,
        target: '≤ 300 ms',
      },
      { name: 'open long story until editable (worst)', unit: 'ms', value: Math.max(...opens), size: `${longSize}, ${rounds} opens` },
      {
        name: 'keystroke to paint p50, long story',
        unit: 'ms',
        value: percentile(longLatency.paint, 50),
        size: `${longSize}, ${keysOf(longLatency)}`,
      },
      {
        name: 'keystroke to paint p99, long story',
        unit: 'ms',
        value: longP99,
        size: `${longSize}, ${keysOf(longLatency)}`,
        target: '≤ 12 ms',
      },
      {
        name: 'keystroke to paint p50, short story',
        unit: 'ms',
        value: percentile(shortLatency.paint, 50),
        size: `${shortSize}, ${keysOf(shortLatency)}`,
      },
      {
        name: 'keystroke to paint p99, short story',
        unit: 'ms',
        value: shortP99,
        size: `${shortSize}, ${keysOf(shortLatency)}`,
        target: '≤ 12 ms',
      },
      { name: 'keystroke p99 long / short', unit: '×', value: longP99 / shortP99, size: 'ratio of the two p99s', target: '≤ 1.5' },
      {
        name: 'keystroke to DOM updated p99, long story',
        unit: 'ms',
        value: percentile(longLatency.work, 99),
        size: `${longSize}, ${keysOf(longLatency)}`,
      },
      {
        name: 'keystroke to DOM updated p99, short story',
        unit: 'ms',
        value: percentile(shortLatency.work, 99),
        size: `${shortSize}, ${keysOf(shortLatency)}`,
      },
      { name: 'autosave round trip p99, long story', unit: 'ms', value: percentile(saves, 99), size: `${longSize}, ${saves.length} saves` },
    ];
  } finally {
    await browser.close();
    await stop();
  }
}

// `npx tsx bench/editor.bench.ts` runs this suite alone.
if (process.argv[1] && resolve(process.argv[1]) === resolve('bench/editor.bench.ts')) {
  const results = await benchEditor({ quick: process.argv.includes('--quick') });
  console.table(results.map((r) => ({ ...r, value: Number(r.value.toFixed(2)) })));
}
