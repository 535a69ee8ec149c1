// `npx tsx scripts/screenshots-publish.ts`: screenshots of the publish preview and of an exported
// page, at 1440×900 in Chromium against a `slugline serve` of its own, with an invented story and
// a picture painted here, into docs/screenshots/preview-*.png and exported-page*.png.
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { documentOf, figure, heading, paragraph, quote, textRun } from '../src/shared/story/document';
import { withScreenshotDesk } from './screenshotSession';
import { paintedPng } from '../tests/support/png';

const I = 2;

/** A footbridge over a harbour at morning: sky, water, the span on its piers, a lamp post. */
function footbridgePicture(): Buffer {
  const w = 960;
  const h = 540;
  const waterline = 330;
  return paintedPng(w, h, (x, y) => {
    const deck = 250 + Math.round(18 * Math.sin((x / w) * Math.PI));
    if (y >= deck && y < deck + 14) return [70, 74, 82];
    if (y >= deck - 26 && y < deck && (x % 40 < 3 || y < deck - 23)) return [92, 96, 104];
    for (const pier of [180, 480, 780]) if (x > pier - 12 && x < pier + 12 && y > deck + 14 && y < waterline + 10) return [110, 104, 96];
    if (x > 610 && x < 616 && y > deck - 90 && y < deck) return [40, 40, 44];
    if (Math.hypot(x - 613, y - (deck - 96)) < 9) return [255, 214, 120];
    if (y < waterline) {
      const t = y / waterline;
      return [150 + 80 * t, 190 + 40 * t, 235 - 10 * t];
    }
    const t = (y - waterline) / (h - waterline);
    const ripple = Math.sin(x / 17 + y / 4) * 7 + Math.sin(x / 53 - y / 9) * 5;
    return [50 + 30 * (1 - t) + ripple, 100 + 30 * (1 - t) + ripple, 130 + 20 * (1 - t) + ripple];
  });
}

async function settle(page: Page): Promise<void> {
  await page.frameLocator('iframe[title^="Page preview"]').locator('figure img').waitFor();
  await page.waitForFunction(() => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe[title^="Page preview"]');
    const img = frame?.contentDocument?.querySelector('img');
    return Boolean(img?.complete && img.naturalWidth > 0);
  });
  await page.waitForTimeout(300);
}

async function main(): Promise<void> {
  await withScreenshotDesk(async (desk, browser) => {
    const picture = footbridgePicture();
    const image = await desk.api<{ id: string; width: number; height: number }>('mediaImport', {
      fileName: 'footbridge-morning.png',
      dataBase64: picture.toString('base64'),
    });
    if (!image.ok) throw new Error(image.error?.message);
    const story = await desk.api<{ id: number }>('storyCreate', {
      fields: {
        headline: 'Harbour footbridge reopens to walkers after a winter of repairs',
        deck: 'New lamps, a wider deck and a ramp at the market end; cyclists must still dismount',
        byline: 'By Mara Oduya',
        dateline: 'PORT ELLIS',
        slug: 'harbour-footbridge-reopens',
        body: documentOf([
          paragraph([
            textRun(
              'The footbridge across the inner harbour reopened on Monday morning, four months after storms cracked two of its piers and the council closed it to everyone but its engineers.',
            ),
          ]),
          figure({
            mediaId: image.value!.id,
            width: image.value!.width,
            height: image.value!.height,
            alt: 'The harbour footbridge on its three piers at morning, with a lit lamp post on the deck',
            credit: 'Lena Sorvik / Port Ellis Post',
            caption: documentOf([paragraph([textRun('The first walkers crossed at 7 a.m., an hour before the market opened.')])]),
          }),
          paragraph([
            textRun('Engineers replaced the cracked concrete, widened the deck by half a metre and added a ramp at the market end. The '),
            textRun('Harbour Trust', I),
            textRun(' paid for new lamps along the span.'),
          ]),
          heading('h2', [textRun('What changes for cyclists')]),
          paragraph([
            textRun('Cyclists must still dismount on the bridge, the council said, but a new lane on the quay now links both ends.'),
          ]),
          quote([
            textRun(
              '“It is the quickest way to the station for half the town. We missed it,” said Ana Reyes, who runs the fish stall by the steps.',
            ),
          ]),
          paragraph([textRun('The bridge stays open at night, and the lamps are on from dusk to dawn.')]),
        ]),
        credit: 'Staff',
        copyright: '© 2026 The Daily Slug',
        tags: ['transport', 'Port Ellis', 'harbour'],
      },
    });
    if (!story.ok) throw new Error(story.error?.message);
    await desk.api('storySetStatus', { id: story.value!.id, status: 'ready' });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    await page.goto(desk.url);
    await page
      .getByRole('list', { name: 'Stories' })
      .getByRole('button', { name: /Harbour footbridge reopens/ })
      .click();
    await page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab', { name: 'Preview' }).click();
    await settle(page);
    await page.getByLabel('Deck').click();
    await page.keyboard.press('End');
    await page.screenshot({ path: 'docs/screenshots/preview-1440.png' });
    console.log('wrote docs/screenshots/preview-1440.png');

    await page.getByRole('radio', { name: /Phone/ }).check();
    await page.getByRole('button', { name: 'Dark' }).click();
    await settle(page);
    await page.screenshot({ path: 'docs/screenshots/preview-phone-dark-1440.png' });
    console.log('wrote docs/screenshots/preview-phone-dark-1440.png');

    // Further down the tab: the search result and social card previews, and the warnings.
    await page.getByRole('radio', { name: /Desktop/ }).check();
    await page.getByRole('button', { name: 'Dark' }).click();
    await settle(page);
    await page.locator('.side-pane').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'docs/screenshots/preview-snippets-1440.png' });
    console.log('wrote docs/screenshots/preview-snippets-1440.png');

    // Export as a folder, then open the page the way a reader's browser would.
    await page.locator('.side-pane').evaluate((el) => el.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Export HTML…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export HTML' });
    await dialog.getByRole('radio', { name: /Folder/ }).check();
    await dialog.getByLabel('Subfolder (optional)').fill('morning-edition');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByRole('list', { name: 'Files written' }).waitFor();
    await page.screenshot({ path: 'docs/screenshots/preview-export-dialog-1440.png' });
    console.log('wrote docs/screenshots/preview-export-dialog-1440.png');
    const file = (await dialog.getByRole('listitem').first().textContent())!.trim();

    const reader = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    await reader.goto(pathToFileURL(file).href);
    await reader.waitForFunction(() => Boolean(document.querySelector('img')?.complete));
    await reader.screenshot({ path: 'docs/screenshots/exported-page.png', fullPage: true });
    console.log('wrote docs/screenshots/exported-page.png');
    await reader.emulateMedia({ colorScheme: 'dark' });
    await reader.setViewportSize({ width: 390, height: 844 });
    await reader.screenshot({ path: 'docs/screenshots/exported-page-phone-dark.png', fullPage: true });
    console.log('wrote docs/screenshots/exported-page-phone-dark.png');
  });
}

await main();
