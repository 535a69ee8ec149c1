// Wire in: an editor imports files (picker, drop, paste), sees progress and a summary with the
// reason for every refusal, and opens what came in. The watch folder works in the browser mode.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ninjsItem } from '../support/wireFixtures';
import { fieldText, openDesk, startDesk, test, expect } from './fixtures';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

test('import files from the picker: progress, summary with reasons, open the story', async ({ page, desk }) => {
  await openDesk(page, desk);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import wire copy' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Wire files').setInputFiles([
    { name: 'ferry.json', mimeType: 'application/json', buffer: Buffer.from(ninjsItem()) },
    { name: 'ferry-again.json', mimeType: 'application/json', buffer: Buffer.from(ninjsItem()) },
    { name: 'snapshot.txt', mimeType: 'text/plain', buffer: PNG },
  ]);
  const summary = dialog.getByRole('region', { name: 'Import summary' });
  await expect(summary.getByRole('status')).toHaveText('1 imported, 1 already here, 1 refused');
  await expect(summary).toContainText('snapshot.txt: not a wire file (looks like a PNG image)');
  await summary.getByRole('button', { name: 'Open' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => fieldText(page.getByLabel('Headline'))).toBe('Ferry service to the islands resumes after storm');
  await expect(page.getByRole('list', { name: 'Stories' })).toContainText('Ferry service to the islands');
});

test('drop files onto the window to import them', async ({ page, desk }) => {
  await openDesk(page, desk);
  await page.evaluate(
    (text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      const target = document.querySelector('.story-pane') ?? document.body;
      target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    ninjsItem({ uri: 'urn:t:dropped', headline: 'Dropped story about the new tram line' }),
  );
  const dialog = page.getByRole('dialog', { name: 'Import wire copy' });
  await expect(dialog.getByRole('status')).toHaveText('1 imported, 0 already here, 0 refused');
  await expect(page.getByRole('list', { name: 'Stories' })).toContainText('Dropped story about the new tram line');
});

test('paste copy outside the editors to import it', async ({ page, desk }) => {
  await openDesk(page, desk);
  const copy =
    'Council approves night buses\n\nPORT ELLIS — The council approved a night bus trial on Tuesday.\n\nThe trial starts in May.';
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, copy);
  const dialog = page.getByRole('dialog', { name: 'Import wire copy' });
  await expect(dialog.getByLabel('Paste wire copy or a web page')).toHaveValue(copy);
  await dialog.getByRole('button', { name: 'Import pasted copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('1 imported, 0 already here, 0 refused');
  await expect(page.getByRole('list', { name: 'Stories' })).toContainText('Council approves night buses');
});

test('the watch folder imports new files in the browser mode and the desk shows them', async ({ page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'slugline-watch-'));
  const { desk, stop } = await startDesk([], { watchFolder: folder });
  try {
    await openDesk(page, desk);
    writeFileSync(join(folder, 'incoming.json'), ninjsItem({ uri: 'urn:t:watch', headline: 'Watched folder story arrives' }));
    await expect(page.getByRole('list', { name: 'Stories' })).toContainText('Watched folder story arrives', { timeout: 5000 });
    expect(existsSync(join(folder, 'processed', 'incoming.json'))).toBe(true);
  } finally {
    await stop();
  }
});
