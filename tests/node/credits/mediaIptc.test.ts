// Importing a JPEG keeps its IPTC credit parts on the media row (creator, credit line, copyright
// notice, caption), and editing a figure's credit in the captions manager updates them.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createMediaLibrary } from '../../../src/main/files/mediaLibrary';
import { documentFromText, documentOf, figure } from '../../../src/shared/story/document';
import { tempApp, type TempApp } from '../../support/tempApp';

let app: TempApp;
beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.cleanup());

/** SOI, an APP13 Photoshop block with IIM datasets, a minimal SOF0 (64×48), EOI. */
function jpegWithIptc(datasets: Array<[number, string]>): Uint8Array {
  const iim: number[] = [];
  for (const [dataset, text] of datasets) {
    const bytes = [...Buffer.from(text, 'latin1')];
    iim.push(0x1c, 2, dataset, bytes.length >> 8, bytes.length & 0xff, ...bytes);
  }
  const resource = [...Buffer.from('8BIM'), 0x04, 0x04, 0, 0, 0, 0, iim.length >> 8, iim.length & 0xff, ...iim];
  if (iim.length % 2) resource.push(0);
  const app13 = [...Buffer.from('Photoshop 3.0\0', 'latin1'), ...resource];
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, 0, 48, 0, 64, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01];
  return new Uint8Array([0xff, 0xd8, 0xff, 0xed, (app13.length + 2) >> 8, (app13.length + 2) & 0xff, ...app13, ...sof, 0xff, 0xd9]);
}

it('keeps IPTC By-line, Credit, Copyright Notice and Caption on import, and follows figure credit edits', async () => {
  const library = createMediaLibrary(app.db, `${app.dir}/media`);
  const bytes = jpegWithIptc([
    [80, 'Jane Doe'],
    [110, 'AP'],
    [116, '(c) 2026 The Associated Press'],
    [120, 'Flood waters in the old town.'],
  ]);
  const imported = await library.importImage('flood.jpg', bytes);
  expect(imported).toMatchObject({ mime: 'image/jpeg', width: 64, height: 48 });
  const row = () => app.db.prepare('SELECT caption, credit, creator, copyright_notice FROM media WHERE id = ?').get(imported.id);
  expect(row()).toEqual({
    caption: 'Flood waters in the old town.',
    credit: 'AP',
    creator: 'Jane Doe',
    copyright_notice: '(c) 2026 The Associated Press',
  });

  const story = await app.repo.create(
    {
      fields: {
        body: documentOf([
          figure({ mediaId: imported.id, width: 64, height: 48, alt: 'Water', credit: 'AP', caption: documentFromText('Flood') }),
        ]),
      },
    },
    { author: 'Ana' },
  );
  const r = await app.registry.invoke(
    'figureUpdate',
    { storyId: story.id, version: 1, index: 0, credit: 'AP Photo/Sam Lee' },
    { transport: 'test' },
  );
  expect(r.ok).toBe(true);
  expect(row()).toMatchObject({ credit: 'Sam Lee/AP', creator: 'Sam Lee', copyright_notice: '(c) 2026 The Associated Press' });
  library.close();
});
