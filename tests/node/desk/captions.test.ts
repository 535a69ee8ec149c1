// The captions and credits calls through the registry: every figure with its problems, an edit
// written into the story body with the version check, and credit normalisation previewed, then
// applied only where the figure still reads as previewed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFromText, documentOf, figure, paragraph, textRun } from '../../../src/shared/story/document';
import { figuresOf } from '../../../src/shared/story/text';
import { tempApp, type TempApp } from '../../support/tempApp';

let app: TempApp;
const ana = { author: 'Ana' };
const call = async (name: string, request: unknown) => app.registry.invoke(name, request, { transport: 'test' });
const value = async <T>(name: string, request: unknown): Promise<T> => {
  const r = await call(name, request);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
};
const fig = (caption: string, credit: string, alt = '') =>
  figure({ mediaId: null, width: null, height: null, alt, credit, caption: documentFromText(caption) });

let storm: number;
let flood: number;
beforeEach(async () => {
  app = await tempApp();
  storm = (
    await app.repo.create(
      {
        status: 'edit',
        agency: 'AP',
        fields: {
          headline: 'Storm hits coast',
          body: documentOf([
            paragraph([textRun('Lead.')]),
            fig('Waves at the pier.', 'AP Photo/Jane Doe', 'Waves'),
            fig('Storm hits coast', ''),
          ]),
        },
      },
      ana,
    )
  ).id;
  flood = (
    await app.repo.create(
      { status: 'copy', agency: 'CNN', fields: { headline: 'Flood', body: documentOf([fig('Rescue boats.', 'CNN Wire', 'Boats')]) } },
      ana,
    )
  ).id;
});
afterEach(() => app.cleanup());

type Rows = { figures: Array<{ storyId: number; index: number; credit: string; problems: string[]; storyVersion: number }>; total: number };

describe('figureList', () => {
  it('lists every figure with its story and problems, filtered by status, agency and problem', async () => {
    const all = await value<Rows>('figureList', {});
    expect(all.total).toBe(3);
    expect(all.figures.map((f) => [f.storyId, f.index, f.problems])).toEqual([
      [flood, 0, ['variant-credit']],
      [storm, 0, ['variant-credit']],
      [storm, 1, ['no-credit', 'no-alt', 'caption-repeats-headline']],
    ]);
    expect((await value<Rows>('figureList', { problem: 'no-alt' })).figures.map((f) => f.index)).toEqual([1]);
    expect((await value<Rows>('figureList', { status: ['copy'] })).total).toBe(1);
    expect((await value<Rows>('figureList', { agency: 'ap' })).total).toBe(2);
    expect((await value<Rows>('figureList', { text: 'rescue' })).figures[0]!.storyId).toBe(flood);
  });
});

describe('figureUpdate', () => {
  it('writes the figure into the story body as a revision and returns the row', async () => {
    const row = await value<Rows['figures'][number] & { alt: string }>('figureUpdate', {
      storyId: storm,
      version: 1,
      index: 1,
      credit: 'Sam Lee/AP',
      alt: 'Waves over the wall',
      caption: 'Spray over the sea wall.',
    });
    expect(row).toMatchObject({
      storyVersion: 2,
      credit: 'Sam Lee/AP',
      alt: 'Waves over the wall',
      caption: 'Spray over the sea wall.',
      problems: [],
    });
    const story = (await app.repo.get(storm))!;
    expect(figuresOf(story.body)[1]).toMatchObject({ credit: 'Sam Lee/AP', alt: 'Waves over the wall' });
    expect((await app.repo.revisions(storm))[0]).toMatchObject({
      author: 'Test Editor',
      note: 'Captions desk: figure 2 caption, credit, alt text',
    });
  });

  it('refuses a stale version with a clear message, and a story someone has open', async () => {
    await app.repo.update(storm, 1, { deck: 'edited elsewhere' }, { mode: 'save' }, ana);
    expect(await call('figureUpdate', { storyId: storm, version: 1, index: 0, credit: 'X/AP' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: /“Storm hits coast” was changed elsewhere .* Your text is kept here/ },
    });
    await value('storyClaim', { id: storm, seat: 'seat-other-1', holder: 'Ben' });
    expect(await call('figureUpdate', { storyId: storm, version: 2, index: 0, credit: 'X/AP' })).toMatchObject({
      ok: false,
      error: { code: 'refused', message: /Ben has this story open/ },
    });
    expect(await call('figureUpdate', { storyId: flood, version: 1, index: 5, credit: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('credit normalisation', () => {
  it('previews every change, then applies exactly those', async () => {
    const { changes } = await value<{ changes: Array<Record<string, unknown>> }>('creditsPreview', { all: true });
    expect(changes).toEqual([
      expect.objectContaining({ storyId: flood, index: 0, before: 'CNN Wire', after: 'CNN', headline: 'Flood' }),
      expect.objectContaining({ storyId: storm, index: 0, before: 'AP Photo/Jane Doe', after: 'Jane Doe/AP' }),
    ]);
    // Nothing changed by previewing.
    expect(figuresOf((await app.repo.get(flood))!.body)[0]!.credit).toBe('CNN Wire');
    const result = await value<{ applied: unknown[]; refused: unknown[] }>('creditsApply', {
      changes: changes.map(({ storyId, version, index, before, after }) => ({ storyId, version, index, before, after })),
    });
    expect(result).toEqual({
      applied: [
        { storyId: flood, index: 0 },
        { storyId: storm, index: 0 },
      ],
      refused: [],
    });
    expect(figuresOf((await app.repo.get(storm))!.body).map((f) => f.credit)).toEqual(['Jane Doe/AP', '']);
    expect((await app.repo.revisions(storm))[0]!.note).toBe('Credits in house form: AP Photo/Jane Doe → Jane Doe/AP');
  });

  it('previews only the chosen figures, and refuses what changed since the preview', async () => {
    const { changes } = await value<{ changes: Array<{ storyId: number; version: number; index: number; before: string; after: string }> }>(
      'creditsPreview',
      {
        figures: [{ storyId: storm, index: 0 }],
      },
    );
    expect(changes).toHaveLength(1);
    await app.repo.update(storm, 1, { deck: 'someone edited' }, { mode: 'save' }, ana);
    const result = await value<{ applied: unknown[]; refused: Array<{ message: string }> }>('creditsApply', {
      changes: changes.map(({ storyId, version, index, before, after }) => ({ storyId, version, index, before, after })),
    });
    expect(result.applied).toEqual([]);
    expect(result.refused[0]!.message).toBe('The story changed after the preview; preview again.');
    expect(await call('creditsPreview', {})).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });
});
