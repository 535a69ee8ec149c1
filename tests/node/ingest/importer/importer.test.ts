import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bytesSource, importSources } from '../../../../src/main/ingest/importer';
import type { AppEvent } from '../../../../src/shared/contract/events';
import { documentText, figuresOf } from '../../../../src/shared/story/text';
import { tempApp, type TempApp } from '../../../support/tempApp';
import { ninjsItem, PNG_BYTES, utf8 } from '../../../support/wireFixtures';

let app: TempApp;
const ctx = { author: 'Wire Desk' };
const count = (table: string) => (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.cleanup());

describe('wire import into the story database', () => {
  it('keeps the original bytes, the parsed fields, and makes a story in status wire', async () => {
    const raw = utf8(ninjsItem());
    const summary = await importSources(app.wire, ctx, [bytesSource('ferry.json', raw)]);
    expect(summary).toMatchObject({ imported: 1, items: 1, duplicates: 0, rejected: 0, cancelled: false });
    const [storyId] = summary.files[0]!.storyIds;
    const story = (await app.repo.get(storyId!))!;
    expect(story).toMatchObject({
      status: 'wire',
      headline: 'Ferry service to the islands resumes after storm',
      dateline: 'NORTH BAY',
      agency: 'Slugline Test Wire',
    });
    expect(documentText(story.body)).toContain('NORTH BAY (STW) — Ferries');
    const item = (await app.wire.get(story.wireItemId!))!;
    expect(item).toMatchObject({ format: 'ninjs', agencyId: 'urn:slugline-test:item:harbour-1', version: '1', storyIds: [storyId] });
    expect(item.item.headline).toBe(story.headline);
    const original = (await app.wire.raw(item.id))!;
    expect(Buffer.from(original.bytes).equals(Buffer.from(raw))).toBe(true);
    expect((await app.repo.revisions(storyId!))[0]).toMatchObject({ kind: 'import', author: 'Wire Desk' });
  });

  it('never imports the same item twice: same file, or same agency id and version', async () => {
    await importSources(app.wire, ctx, [bytesSource('a.json', utf8(ninjsItem()))]);
    const again = await importSources(app.wire, ctx, [
      bytesSource('a-copy.json', utf8(ninjsItem())),
      bytesSource('a-reformatted.json', utf8(JSON.stringify(JSON.parse(ninjsItem())))),
    ]);
    expect(again.files.map((f) => f.outcome)).toEqual(['duplicate', 'duplicate']);
    expect(again.files[0]!.message).toMatch(/a-copy\.json: already imported/);
    expect(again.files[1]!.message).toMatch(/already imported \(same agency id and version\)/);
    expect(count('stories')).toBe(1);
  });

  it('links a newer version to the earlier one and flags the stories made from it', async () => {
    const first = await importSources(app.wire, ctx, [bytesSource('v1.json', utf8(ninjsItem()))]);
    const flaggedEvents: number[][] = [];
    const second = await importSources(
      app.wire,
      ctx,
      [bytesSource('v2.json', utf8(ninjsItem({ version: '2', headline: 'Ferries resume; one route still closed' })))],
      {
        onFlagged: (ids) => flaggedEvents.push(ids),
      },
    );
    const v1Story = first.files[0]!.storyIds[0]!;
    const v2Item = (await app.wire.get(second.files[0]!.wireItemIds[0]!))!;
    expect(v2Item.previousId).toBe(first.files[0]!.wireItemIds[0]);
    expect((await app.wire.get(v2Item.previousId!))!.newerIds).toEqual([v2Item.id]);
    expect(flaggedEvents).toEqual([[v1Story]]);
    const flags = await app.wire.flags(v1Story);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'update', wireItemId: v2Item.id, acknowledgedAt: null });
    expect(flags[0]!.message).toContain('version 2');
    const acked = await app.wire.acknowledgeFlag(flags[0]!.id, { author: 'Ana' }, 'Merged the new route info');
    expect(acked).toMatchObject({ acknowledgedBy: 'Ana', ackNote: 'Merged the new route info' });
    expect((await app.repo.events(v1Story))[0]).toMatchObject({ kind: 'flag-ack', who: 'Ana' });
  });

  it('treats a kill notice as a flag on every story made from the item, not as a new story', async () => {
    const v1 = await importSources(app.wire, ctx, [bytesSource('v1.json', utf8(ninjsItem()))]);
    const v2 = await importSources(app.wire, ctx, [bytesSource('v2.json', utf8(ninjsItem({ version: '2' })))]);
    const kill = await importSources(app.wire, ctx, [
      bytesSource(
        'kill.json',
        utf8(
          ninjsItem({
            version: '3',
            pubstatus: 'canceled',
            headline: 'KILL: Ferry story',
            ednote: 'Withdrawn: the operator denies the timetable.',
          }),
        ),
      ),
    ]);
    expect(kill.files[0]!.storyIds).toEqual([]);
    for (const storyId of [v1.files[0]!.storyIds[0]!, v2.files[0]!.storyIds[0]!]) {
      const kinds = (await app.wire.flags(storyId)).map((f) => f.kind);
      expect(kinds).toContain('kill');
    }
    const killItem = (await app.wire.get(kill.files[0]!.wireItemIds[0]!))!;
    expect(killItem.advisory).toBe('canceled');
    expect(killItem.concernsId).toBe(v2.files[0]!.wireItemIds[0]);
  });

  it('rejects bad files with a message naming them, stores nothing for them, and goes on with the batch', async () => {
    const summary = await importSources(app.wire, ctx, [
      bytesSource('photo.jpg.txt', PNG_BYTES),
      bytesSource('empty.xml', new Uint8Array()),
      bytesSource('broken.xml', utf8('<nitf><body><body.content><p>Cut off')),
      bytesSource('good.json', utf8(ninjsItem())),
    ]);
    expect(summary.files.map((f) => f.outcome)).toEqual(['rejected', 'rejected', 'rejected', 'imported']);
    expect(summary.files[0]!.message).toMatch(/^photo\.jpg\.txt: .*PNG/);
    expect(summary.files[1]!.message).toMatch(/^empty\.xml: /);
    expect(summary.files[2]!.message).toMatch(/^broken\.xml: /);
    expect(count('wire_files')).toBe(1);
    expect(count('stories')).toBe(1);
  });

  it('refuses a file over the size cap without reading it', async () => {
    let read = false;
    const huge = { name: 'huge.xml', size: 100 * 1024 * 1024, read: async () => ((read = true), new Uint8Array()) };
    const summary = await importSources(app.wire, ctx, [huge]);
    expect(summary.files[0]!.message).toMatch(/huge\.xml: too large .*100 MB/);
    expect(read).toBe(false);
  });

  it('stores nothing partial when a file fails half way, and keeps the rest of the batch', async () => {
    app.db.exec(
      "CREATE TRIGGER explode BEFORE INSERT ON stories WHEN NEW.headline = 'Explode' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;",
    );
    const twoItems = JSON.stringify([
      JSON.parse(ninjsItem({ uri: 'urn:t:1' })),
      JSON.parse(ninjsItem({ uri: 'urn:t:2', headline: 'Explode' })),
    ]);
    const summary = await importSources(app.wire, ctx, [
      bytesSource('two.json', utf8(twoItems)),
      bytesSource('fine.json', utf8(ninjsItem({ uri: 'urn:t:3' }))),
    ]);
    expect(summary.files.map((f) => f.outcome)).toEqual(['rejected', 'imported']);
    expect(summary.files[0]!.message).toMatch(/two\.json: could not be stored \(disk trouble\)/);
    expect(count('wire_files')).toBe(1);
    expect(count('wire_items')).toBe(1);
    expect(count('stories')).toBe(1);
  });

  it('can be cancelled between files and says so', async () => {
    const controller = new AbortController();
    const sources = Array.from({ length: 5 }, (_, i) => bytesSource(`f${i}.json`, utf8(ninjsItem({ uri: `urn:t:${i}` }))));
    const summary = await importSources(app.wire, ctx, sources, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 2) controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    expect(summary.imported).toBe(2);
  });

  it('reports progress and changes through the import jobs as events', async () => {
    const events: AppEvent[] = [];
    app.events.subscribe((e) => events.push(e));
    await app.imports.run('job-123456', [bytesSource('a.json', utf8(ninjsItem()))], ctx, false);
    expect(events.filter((e) => e.type === 'import-progress').length).toBeGreaterThan(0);
    expect(events.some((e) => e.type === 'stories-changed')).toBe(true);
    expect(app.imports.cancel('job-123456')).toBe(false);
  });

  it('turns captions into figures with their photo credits', async () => {
    const html =
      '<p>First paragraph.</p><figure><img src="x.jpg"><figcaption>Ferries in port on Sunday. Photo: Kai Berg/STW</figcaption></figure><p>Second paragraph.</p>';
    const summary = await importSources(app.wire, ctx, [bytesSource('fig.json', utf8(ninjsItem({ body: html })))]);
    const story = (await app.repo.get(summary.files[0]!.storyIds[0]!))!;
    const figures = figuresOf(story.body);
    expect(figures).toHaveLength(1);
    expect(documentText(figures[0]!.caption)).toContain('Ferries in port on Sunday');
    expect(figures[0]!.credit).toContain('Kai Berg');
  });
});
