// Helpers for the publish UI tests (preview and export): stories made through the API, waivers
// so a story passes the ready gate, the Preview tab and its frame, and exported pages on disk.
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import { documentFromText, documentOf, figure, paragraph, textRun, type StoryDocument } from '../../src/shared/story/document';
import { XSS_VECTORS } from '../node/render/support/xssCorpus';
import { ninjsItem } from '../support/wireFixtures';
import { expect, test as base, startDesk, type Desk } from './fixtures';

/** A desk whose autosave waits 5 s, so a test can tell the draft on screen from the last save. */
export const slowSaveTest = base.extend<{ desk: Desk }>({
  desk: async ({}, use) => {
    const { desk, stop } = await startDesk([], { autosaveDelayMs: 5000 });
    await use(desk);
    await stop();
  },
});

export interface StoryFieldsIn {
  slug?: string;
  headline: string;
  deck?: string;
  byline?: string;
  dateline?: string;
  body?: StoryDocument | string;
  credit?: string;
  copyright?: string;
  tags?: string[];
}

export async function createStory(desk: Desk, fields: StoryFieldsIn, status: 'edit' | 'ready' = 'edit'): Promise<number> {
  const body = typeof fields.body === 'string' || fields.body === undefined ? documentFromText(fields.body ?? 'Text.') : fields.body;
  const created = await desk.api<{ id: number }>('storyCreate', { fields: { ...fields, body } });
  expect(created.ok, JSON.stringify(created.error)).toBe(true);
  const id = created.value!.id;
  if (status === 'ready') {
    const moved = await desk.api('storySetStatus', { id, status: 'ready' });
    expect(moved.ok, JSON.stringify(moved.error)).toBe(true);
  }
  return id;
}

/** Waive every error finding the ready gate has on a story (as an editor would, with a reason). */
export async function waiveAll(desk: Desk, id: number): Promise<void> {
  const gate = await desk.api<{ findings: Array<{ rule: string; field: string; index?: number; excerpt: string }> }>('storyGate', { id });
  for (const f of gate.value!.findings) {
    const waived = await desk.api('findingWaive', {
      storyId: id,
      rule: f.rule,
      field: f.field,
      ...(f.index !== undefined ? { index: f.index } : {}),
      excerpt: f.excerpt,
      reason: 'Checked by the e2e test',
    });
    expect(waived.ok, JSON.stringify(waived.error)).toBe(true);
  }
}

/** A 2×2 PNG (red, green, blue, white), small enough to inline anywhere. */
export const PNG_2X2 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANBAEBVdJQmgAAAABJRU5ErkJggg==';

/** A Ready story with a real picture (caption, credit, alt), a deck, byline and tags. */
export async function pictureStory(desk: Desk, slug = 'harbour-reopens'): Promise<number> {
  const image = await desk.api<{ id: string; width: number; height: number }>('mediaImport', {
    fileName: 'harbour.png',
    dataBase64: PNG_2X2,
  });
  expect(image.ok, JSON.stringify(image.error)).toBe(true);
  const { id: mediaId, width, height } = image.value!;
  const body = documentOf([
    paragraph([textRun('PORT ELLIS — The harbour bridge reopened on Monday after six months of repairs, the council said.')]),
    figure({
      mediaId,
      width,
      height,
      alt: 'The bridge at dawn',
      credit: 'Lena Sorvik / Port Ellis Post',
      caption: documentFromText('The first buses crossed at 6 a.m.'),
    }),
    paragraph([textRun('Traffic on the ring road is expected to ease from Tuesday.')]),
  ]);
  return createStory(
    desk,
    {
      slug,
      headline: 'Harbour footbridge reopens to walkers',
      deck: 'Buses return to the old town from Tuesday',
      byline: 'By Mara Oduya',
      dateline: 'PORT ELLIS',
      body,
      credit: 'Staff',
      copyright: '© 2026 The Daily Slug',
      tags: ['transport', 'Port Ellis'],
    },
    'ready',
  );
}

export async function openPreview(page: Page): Promise<FrameLocator> {
  await page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab', { name: 'Preview' }).click();
  const frame = page.frameLocator('iframe[title^="Page preview"]');
  await expect(frame.locator('h1')).toBeVisible();
  return frame;
}

/** Vectors that set a canary if they ever run: in the page, its frame or the frame's parent. */
export const CANARIES: readonly string[] = [
  '<img src=x onerror="window.__xss=1;parent.__xss=1">',
  '<script>window.__xss=1;parent.__xss=1</script>',
  '<svg onload="parent.__xss=1"></svg>',
  '<a href="javascript:parent.__xss=1">click me</a>',
  '<iframe srcdoc="<script>parent.parent.__xss=1</script>"></iframe>',
];

/**
 * A ninjs wire item whose HTML body carries every canary and XSS vector as markup, each after an
 * ordinary numbered paragraph (so a test can see the text around them survive).
 */
export function hostileWireItem(uri: string, headline: string): string {
  return ninjsItem({
    uri,
    headline,
    body: [...CANARIES, ...XSS_VECTORS].map((v, i) => `<p>Paragraph ${i + 1}.</p><p>${v}</p>`).join(''),
  });
}

/** Script elements that could run: anything but the page's JSON-LD data block. */
export const EXECUTABLE_SCRIPTS = 'script:not([type="application/ld+json"])';

/** Elements carrying an event handler attribute, and links or sources with a script URL. */
export function activeContent(): string[] {
  const found: string[] = [];
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const value = attr.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (attr.name.startsWith('on')) found.push(`${el.tagName} ${attr.name}`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attr.name) &&
        /^(javascript|vbscript|data:text)/.test(value)
      )
        found.push(`${el.tagName} ${attr.name}=${value.slice(0, 40)}`);
    }
  }
  for (const tag of ['iframe', 'object', 'embed', 'form', 'base', 'meta[http-equiv]', 'svg', 'math', 'link[rel=stylesheet]', 'template']) {
    if (document.querySelector(tag)) found.push(`<${tag}>`);
  }
  return found;
}

export const readText = (path: string) => readFileSync(path, 'utf8');

export { expect };
export const test = base;
