// `npx tsx scripts/screenshots.ts`: screenshots of the editor with a realistic story (subheads, a
// list, a quote, a figure with caption, credit and alt text) at 1440×900 and 1024×768 (and the
// body further down at 1440×900), taken in Chromium against a `slugline serve` of its own, into
// docs/screenshots/editor-*.png.
import { documentOf, figure, heading, link, list, paragraph, quote, textRun } from '../src/shared/story/document';
import { withScreenshotDesk } from './screenshotSession';
import { paintedPng } from '../tests/support/png';

const I = 2;
const B = 1;

/** A calm harbour at dusk: sky, sun, sea with swell, a breakwater and a small ferry. */
function harbourPicture(): Buffer {
  const w = 960;
  const h = 540;
  const horizon = 300;
  return paintedPng(w, h, (x, y) => {
    const sunDist = Math.hypot(x - 690, y - 215);
    if (y < horizon) {
      const t = y / horizon;
      let r = 250 - 90 * t;
      let g = 190 - 70 * t;
      const b = 150 + 40 * t;
      if (sunDist < 42) return [255, 236, 190];
      if (sunDist < 120) {
        const glow = 1 - sunDist / 120;
        r += 20 * glow;
        g += 25 * glow;
      }
      // The ferry: hull and cabin on the horizon.
      if (x > 250 && x < 470 && y > horizon - 34 && y < horizon)
        return y > horizon - 16 ? [40, 44, 58] : x > 300 && x < 420 ? [236, 236, 240] : [r, g, b];
      if (x > 330 && x < 350 && y > horizon - 60 && y < horizon - 34) return [190, 40, 40];
      return [r, g, b];
    }
    // Breakwater on the left.
    if (x < 180 && y < horizon + 40 + x * 0.1) return [86, 82, 78];
    const t = (y - horizon) / (h - horizon);
    const swell = Math.sin(x / 23 + y / 6) * 8 + Math.sin(x / 61 - y / 11) * 6;
    const glint = Math.abs(x - 690) < 40 + t * 120 && Math.sin(x / 5 + y) > 0.6 ? 50 : 0;
    return [40 + 30 * (1 - t) + swell + glint, 80 + 30 * (1 - t) + swell + glint, 110 + 20 * (1 - t) + swell + glint * 0.6];
  });
}

async function main(): Promise<void> {
  await withScreenshotDesk(async (desk, browser) => {
    const picture = harbourPicture();
    const image = await desk.api<{ id: string; width: number; height: number }>('mediaImport', {
      fileName: 'port-ellen-dusk.png',
      dataBase64: picture.toString('base64'),
    });
    if (!image.ok) throw new Error(image.error?.message);
    const story = await desk.api('storyCreate', {
      fields: {
        headline: 'Ferry crew rescue six after Island Star loses power off Port Ellen',
        headlineDoc: documentOf([
          paragraph([textRun('Ferry crew rescue six after '), textRun('Island Star', I), textRun(' loses power off Port Ellen')]),
        ]),
        deck: 'Coastguard praises the crew of the inter-island ferry; all passengers were brought ashore unhurt',
        byline: 'Mara Oduya',
        dateline: 'PORT ELLEN',
        slug: 'ferry-rescue-port-ellen',
        body: documentOf([
          paragraph([
            textRun('The crew of the inter-island ferry '),
            textRun('Island Star', I),
            textRun(
              ' brought six passengers to safety on Tuesday night after the vessel lost power in heavy swell two miles off Port Ellen, the coastguard said.',
            ),
          ]),
          figure({
            mediaId: image.value!.id,
            width: image.value!.width,
            height: image.value!.height,
            alt: 'The harbour at Port Ellen at dusk, with a small ferry on the horizon beyond the breakwater',
            credit: 'Jane Doe / Harbour Photos',
            caption: documentOf([
              paragraph([textRun('The '), textRun('Island Star', I), textRun(' returns to Port Ellen under tow on Tuesday evening.')]),
            ]),
          }),
          heading('h2', [textRun('How the rescue unfolded')]),
          paragraph([
            textRun('The ferry’s engines stopped at about 19:40. '),
            textRun('Within twenty minutes', B),
            textRun(' the lifeboat from Port Ellen was alongside and a tug had been called from the mainland.'),
          ]),
          list('bullet', [
            [textRun('Six passengers and four crew on board')],
            [textRun('Lifeboat alongside within 20 minutes')],
            [textRun('Towed into harbour shortly after 23:00')],
          ]),
          quote([textRun('“The crew kept everyone calm and warm. They did everything right,” said the lifeboat coxswain.')]),
          heading('h3', [textRun('What happens next')]),
          paragraph([
            textRun('The operator said sailings would resume on Thursday. Details are on the '),
            link('https://ferries.example.com/notices', [textRun('service notices page')]),
            textRun('.'),
          ]),
        ]),
        credit: 'Staff and wire reports',
        copyright: '© 2026 The Daily Slug',
        tags: ['ferries', 'weather', 'Port Ellen'],
      },
    });
    if (!story.ok) throw new Error(story.error?.message);
    // One page (one seat holding the story), resized for each shot.
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(desk.url);
    await page
      .getByRole('list', { name: 'Stories' })
      .getByRole('button', { name: /Ferry crew rescue six/ })
      .click();
    await page.getByLabel('Body').locator('figure img').waitFor();
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLImageElement>('#field-body figure img');
      return Boolean(el?.complete && el.naturalWidth > 0);
    });
    // The caret at the end of the deck, as if the editor had just written it.
    await page.getByLabel('Deck').click();
    await page.keyboard.press('End');
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => document.querySelector('.story-pane')?.scrollTo(0, 0));
      await page.waitForTimeout(400);
      const file = `docs/screenshots/editor-${width}.png`;
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
    }
    // Further down the same story: the figure's fields, subheads, the list and the quote.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.evaluate(() => {
      const pane = document.querySelector('.story-pane')!;
      const figure = document.querySelector<HTMLElement>('#field-body figure')!;
      pane.scrollTo(0, figure.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop - 110);
    });
    await page.getByLabel('Body').locator('li').nth(1).click();
    await page.keyboard.press('End');
    await page.waitForTimeout(400);
    await page.screenshot({ path: 'docs/screenshots/editor-1440-body.png' });
    console.log('wrote docs/screenshots/editor-1440-body.png');
  });
}

await main();
