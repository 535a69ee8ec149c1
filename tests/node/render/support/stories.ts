// Stories written for the render tests: a base story with every field, and builders for bodies.
import { defaultPreferences } from '../../../../src/shared/settings/preferences';
import type { MediaResolver, RenderInput, RenderStory } from '../../../../src/shared/render/types';
import { documentFromText, documentOf, figure, paragraph, textRun, type BlockNodeJSON } from '../../../../src/shared/story/document';

export const SITE = defaultPreferences().site;

export const MEDIA_A = 'a1b2c3d4e5f60718';
export const MEDIA_B = 'b2c3d4e5f6071829';

/** Images as the folder export addresses them. */
export const assetResolver: MediaResolver = (id) =>
  id === MEDIA_A
    ? { src: `assets/${id}.jpg`, width: 1200, height: 800 }
    : id === MEDIA_B
      ? { src: `assets/${id}.png`, width: 640, height: 480, creator: 'Ines Park', copyrightNotice: '© 2026 Ines Park' }
      : null;

export function story(overrides: Partial<RenderStory> = {}): RenderStory {
  return {
    slug: 'harbour-bridge-reopens',
    headline: 'Harbour bridge reopens after six months of repairs',
    headlineDoc: null,
    deck: 'Commuters regain the shortest route across the river, but cyclists say the new lanes are too narrow',
    deckDoc: null,
    byline: 'By Mara Oduya',
    dateline: 'PORT ELLIS',
    body: documentOf([
      paragraph([
        textRun('PORT ELLIS — The Harbour Street bridge reopened to traffic on Monday morning, six months after engineers closed it.'),
      ]),
      figure({
        mediaId: MEDIA_A,
        width: 1200,
        height: 800,
        alt: 'Two buses crossing a steel bridge over a river at dawn',
        credit: 'Lena Sorvik/The Daily Slug',
        caption: documentFromText('The first buses cross the reopened Harbour Street bridge on Monday morning.'),
      }),
      paragraph([textRun('City transport director Hal Brenner said the repairs came in under budget.')]),
    ]),
    credit: 'Staff',
    copyright: '© 2026 The Daily Slug',
    language: 'en',
    tags: ['transport', 'city hall'],
    createdAt: '2026-04-11T16:00:00.000Z',
    updatedAt: '2026-04-12T09:30:00.000Z',
    ...overrides,
  };
}

export function input(overrides: Partial<RenderStory> = {}, extra: Partial<RenderInput> = {}): RenderInput {
  return { story: story(overrides), site: SITE, media: assetResolver, ...extra };
}

export function bodyOf(...blocks: BlockNodeJSON[]) {
  return documentOf(blocks);
}
