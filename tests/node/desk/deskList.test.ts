// The desk list: filters alone and combined with search text, newest first or ranked, sorts,
// per-status counts, the "has problems" filter, and the plans used when a term is very common.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COUNT_CAP, SMALL_MATCH_SET } from '../../../src/main/db/sqlite/search';
import { documentOf, paragraph, textRun } from '../../../src/shared/story/document';
import type { DeskQuery } from '../../../src/shared/workflow/schemas';
import { tempApp, type TempApp } from '../../support/tempApp';

let app: TempApp;
const ana = { author: 'Ana' };
const body = (text: string) => documentOf([paragraph([textRun(text)])]);
const list = (query: DeskQuery) => app.repo.desk().list(query, '2000-01-01T00:00:00.000Z');
const ids = async (query: DeskQuery) => (await list(query)).items.map((i) => i.headline);

async function seed() {
  const make = async (
    headline: string,
    status: 'wire' | 'edit' | 'copy' | 'ready',
    agency: string | null,
    priority: number | null,
    tags: string[],
    text: string,
    updated: string,
  ) => {
    const s = await app.repo.create({ status, agency, priority, fields: { headline, tags, body: body(text) } }, ana);
    app.db.prepare('UPDATE stories SET updated_at = ? WHERE id = ?').run(updated, s.id);
    return s;
  };
  await make(
    'Harbour bridge reopens',
    'edit',
    'AP',
    2,
    ['Transport'],
    'The harbour bridge reopened after repairs.',
    '2026-03-01T10:00:00.000Z',
  );
  await make(
    'Council budget vote',
    'copy',
    'Reuters',
    1,
    ['Politics'],
    'The council voted on the harbour budget.',
    '2026-03-02T10:00:00.000Z',
  );
  await make('Storm warning', 'wire', 'AP', null, ['Weather'], 'A storm warning for the harbour.', '2026-03-03T10:00:00.000Z');
  await make('Library hours', 'ready', null, 3, ['Culture'], 'The library opens late.', '2026-03-04T10:00:00.000Z');
  const spiked = await make('Old harbour story', 'edit', 'AP', null, [], 'Harbour news from last year.', '2026-03-05T10:00:00.000Z');
  await app.repo.spike(spiked.id, ana);
  app.db.prepare('UPDATE stories SET updated_at = ? WHERE id = ?').run('2026-03-05T10:00:00.000Z', spiked.id);
}

beforeEach(async () => {
  app = await tempApp();
  await seed();
});
afterEach(() => app.cleanup());

describe('desk list', () => {
  it('lists active stories newest first, and sorts by priority and agency', async () => {
    expect(await ids({})).toEqual(['Library hours', 'Storm warning', 'Council budget vote', 'Harbour bridge reopens']);
    expect(await ids({ sort: 'priority' })).toEqual(['Council budget vote', 'Harbour bridge reopens', 'Library hours', 'Storm warning']);
    expect(await ids({ sort: 'agency' })).toEqual(['Storm warning', 'Harbour bridge reopens', 'Council budget vote', 'Library hours']);
    expect(await ids({ status: ['spiked'] })).toEqual(['Old harbour story']);
  });

  it('filters by status, tag (any case), agency and date range, and says how many', async () => {
    expect(await ids({ status: ['edit', 'copy'] })).toEqual(['Council budget vote', 'Harbour bridge reopens']);
    expect(await ids({ tag: 'politics' })).toEqual(['Council budget vote']);
    expect(await ids({ agency: 'ap' })).toEqual(['Storm warning', 'Harbour bridge reopens']);
    expect(await ids({ from: '2026-03-02', to: '2026-03-03' })).toEqual(['Storm warning', 'Council budget vote']);
    expect(await list({ agency: 'AP' })).toMatchObject({ total: 2, totalCapped: false });
  });

  it('combines search text with the filters, newest first or ranked, with highlighted snippets', async () => {
    expect(await ids({ text: 'harbour' })).toEqual(['Storm warning', 'Council budget vote', 'Harbour bridge reopens']);
    expect(await ids({ text: 'harbour', agency: 'AP' })).toEqual(['Storm warning', 'Harbour bridge reopens']);
    expect(await ids({ text: 'harbour', status: ['spiked'] })).toEqual(['Old harbour story']);
    expect((await ids({ text: 'harbour', order: 'relevance' }))[0]).toBe('Harbour bridge reopens');
    const hit = (await list({ text: 'harb*', tag: 'Transport' })).items[0]!;
    expect(hit.snippet).toBe('The <mark>harbour</mark> bridge reopened after repairs.');
    expect(await ids({ text: '"harbour budget"' })).toEqual(['Council budget vote']);
    expect(await ids({ text: 'harbour -storm -bridge' })).toEqual(['Council budget vote']);
    expect(await list({ text: '-harbour' })).toMatchObject({ items: [], total: 0 });
  });

  it('shows problems and open blocking flags per story, and filters on them', async () => {
    const desk = app.repo.desk();
    const [library, storm] = (await list({})).items;
    await desk.setProblems(library!.id, library!.version, 'sig', 2, 1);
    app.db.prepare("INSERT INTO story_flags (story_id, kind, message, created_at) VALUES (?, 'kill', 'KILL', 'now')").run(storm!.id);
    const items = (await list({})).items;
    expect(items.map((i) => [i.headline, i.errors, i.flags])).toEqual([
      ['Library hours', 2, 0],
      ['Storm warning', null, 1],
      ['Council budget vote', null, 0],
      ['Harbour bridge reopens', null, 0],
    ]);
    expect(await ids({ problems: true })).toEqual(['Library hours', 'Storm warning']);
    expect(await ids({ problems: true, text: 'harbour' })).toEqual(['Storm warning']);
    // A problem count for an older version is not shown as current.
    await app.repo.update(library!.id, library!.version, { deck: 'changed' }, { mode: 'save' }, ana);
    expect((await list({})).items.find((i) => i.headline === 'Library hours')!.errors).toBeNull();
  });

  it('counts stories per status under the filters, and those with problems', async () => {
    expect(await app.repo.desk().counts({})).toEqual({
      counts: { wire: 1, edit: 1, copy: 1, ready: 1, published: 0, spiked: 1 },
      problems: 0,
    });
    expect((await app.repo.desk().counts({ agency: 'AP' })).counts).toEqual({
      wire: 1,
      edit: 1,
      copy: 0,
      ready: 0,
      published: 0,
      spiked: 1,
    });
  });

  it('pages with offset and limit', async () => {
    expect(await ids({ limit: 2, offset: 1 })).toEqual(['Storm warning', 'Council budget vote']);
    expect(await list({ limit: 2 })).toMatchObject({ total: 4 });
  });
});

describe('search over many stories', () => {
  it('with more matches than the small-set plan, newest first is exact in order and caps the total', async () => {
    const insert = app.db.prepare(
      'INSERT INTO stories (id, status, headline, body, body_text, created_at, updated_at) VALUES (?, ?, ?, \'{"root":{"type":"root","children":[]}}\', ?, ?, ?)',
    );
    const fts = app.db.prepare(
      "INSERT INTO story_fts (rowid, headline, deck, body, captions, credits, tags) VALUES (?, ?, '', ?, '', '', '')",
    );
    const n = SMALL_MATCH_SET + 500;
    app.db.transaction(() => {
      for (let i = 0; i < n; i++) {
        const id = 1000 + i;
        // updated order is not id order: the desk must sort by the date, not the index order.
        const updated = new Date(Date.UTC(2025, 0, 1) + ((i * 7919) % n) * 60_000).toISOString();
        const status = i % 10 === 0 ? 'spiked' : 'edit';
        const text = `Routine council item number ${i}${i % 3 === 0 ? ' about the ferry' : ''}`;
        insert.run(id, status, `Item ${i}`, text, updated, updated);
        fts.run(id, `Item ${i}`, text);
      }
    })();
    const expected = app.db
      .prepare(
        "SELECT s.id FROM stories s JOIN story_fts ON story_fts.rowid = s.id WHERE story_fts MATCH 'council' AND s.status != 'spiked' ORDER BY s.updated_at DESC, s.id DESC LIMIT 30",
      )
      .pluck()
      .all() as number[];
    const page = await list({ text: 'council', limit: 30 });
    expect(page.items.map((i) => i.id)).toEqual(expected);
    expect(page).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    const ferries = await list({ text: 'council ferry', limit: 10, offset: 5 });
    expect(ferries.items).toHaveLength(10);
    const ranked = await list({ text: 'council', order: 'relevance', limit: 10 });
    expect(ranked).toMatchObject({ rankedAmong: expect.any(Number), totalCapped: true });
    expect(ranked.items.every((i) => i.status !== 'spiked')).toBe(true);
  });
});
