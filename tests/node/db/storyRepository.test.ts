import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFromText, documentOf, figure, paragraph, textRun, TEXT_FORMAT } from '../../../src/shared/story/document';
import { tempApp, type TempApp } from '../../support/tempApp';

let app: TempApp;
const me = { author: 'Ana' };
beforeEach(async () => {
  app = await tempApp();
});
afterEach(() => app.cleanup());

const body = (...paras: string[]) => documentOf(paras.map((p) => paragraph([textRun(p)])));

describe('story repository', () => {
  it('creates a story with defaults, a first revision and a create event', async () => {
    const story = await app.repo.create({ fields: { headline: '  Council votes on budget ' } }, me);
    expect(story).toMatchObject({ id: 1, status: 'edit', version: 1, headline: 'Council votes on budget', tags: [], language: 'en' });
    expect(await app.repo.revisions(story.id)).toHaveLength(1);
    expect((await app.repo.events(story.id))[0]).toMatchObject({ kind: 'create', who: 'Ana', toStatus: 'edit' });
  });

  it('updates with the optimistic version check and refuses a stale write without touching the story', async () => {
    const s1 = await app.repo.create({ fields: { headline: 'One' } }, me);
    const s2 = await app.repo.update(s1.id, 1, { headline: 'Two' }, { mode: 'save' }, me);
    expect(s2.version).toBe(2);
    await expect(app.repo.update(s1.id, 1, { headline: 'Stale' }, { mode: 'save' }, me)).rejects.toMatchObject({
      code: 'conflict',
      details: { current: { headline: 'Two', version: 2 } },
    });
    expect((await app.repo.get(s1.id))!.headline).toBe('Two');
  });

  it('derives the plain headline from a rich one (italics) and never trusts the plain text sent with it', async () => {
    const s = await app.repo.create({}, me);
    const doc = documentOf([paragraph([textRun('Review: '), textRun('Hamlet', TEXT_FORMAT.italic), textRun(' returns')])]);
    const u = await app.repo.update(s.id, 1, { headline: 'something else', headlineDoc: doc }, { mode: 'save' }, me);
    expect(u.headline).toBe('Review: Hamlet returns');
    expect(u.headlineDoc).toEqual(doc);
    const plain = await app.repo.update(s.id, 2, { headline: 'Plain now' }, { mode: 'save' }, me);
    expect(plain.headlineDoc).toBeNull();
  });

  it('coalesces consecutive autosaves into one revision, and explicit saves each get their own', async () => {
    const s = await app.repo.create({}, me);
    let v = 1;
    for (const text of ['a', 'ab', 'abc']) v = (await app.repo.update(s.id, v, { headline: text }, { mode: 'autosave' }, me)).version;
    expect((await app.repo.revisions(s.id)).map((r) => r.kind)).toEqual(['autosave', 'save']);
    v = (await app.repo.update(s.id, v, { headline: 'named' }, { mode: 'save', note: 'first draft' }, me)).version;
    v = (await app.repo.update(s.id, v, { headline: 'x' }, { mode: 'autosave' }, me)).version;
    const revs = await app.repo.revisions(s.id);
    expect(revs.map((r) => r.kind)).toEqual(['autosave', 'save', 'autosave', 'save']);
    expect(revs[1]).toMatchObject({ note: 'first draft', storyVersion: 5 });
    const coalesced = await app.repo.revision(revs[2]!.id);
    expect(coalesced!.fields.headline).toBe('abc');
  });

  it('restores a revision as a new revision; nothing is lost', async () => {
    const s = await app.repo.create({ fields: { headline: 'Original', body: body('First text') } }, me);
    await app.repo.update(s.id, 1, { headline: 'Changed', body: body('Second text') }, { mode: 'save' }, me);
    const first = (await app.repo.revisions(s.id)).at(-1)!;
    const restored = await app.repo.restoreRevision(s.id, first.id, 2, me);
    expect(restored).toMatchObject({ headline: 'Original', version: 3 });
    const kinds = (await app.repo.revisions(s.id)).map((r) => r.kind);
    expect(kinds).toEqual(['restore', 'save', 'save']);
    await expect(app.repo.restoreRevision(s.id, 9999, 3, me)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lists with status, tag and agency filters, sorting and paging; spiked stories only on request', async () => {
    const a = await app.repo.create(
      { status: 'wire', agency: 'AP', priority: 2, fields: { headline: 'A', tags: ['Politics', 'politics ', 'Budget'] } },
      me,
    );
    const b = await app.repo.create({ status: 'edit', agency: 'dpa', priority: 1, fields: { headline: 'B', tags: ['Sport'] } }, me);
    const c = await app.repo.create({ status: 'edit', fields: { headline: 'C' } }, me);
    await app.repo.spike(c.id, me, 'duplicate');
    expect(a.tags).toEqual(['Politics', 'Budget']);
    expect((await app.repo.list({})).stories.map((s) => s.id)).toEqual([b.id, a.id]);
    expect((await app.repo.list({ status: ['spiked'] })).stories.map((s) => s.id)).toEqual([c.id]);
    expect((await app.repo.list({ tag: 'politics' })).stories.map((s) => s.id)).toEqual([a.id]);
    expect((await app.repo.list({ agency: 'ap' })).stories.map((s) => s.id)).toEqual([a.id]);
    expect((await app.repo.list({ sort: 'priority' })).stories.map((s) => s.id)).toEqual([b.id, a.id]);
    const page = await app.repo.list({ limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 2, stories: [{ id: a.id }] });
    expect((await app.repo.tags('po', 10))[0]).toEqual({ name: 'Politics', count: 1 });
  });

  it('spikes and unspikes back to the previous status, recording each step', async () => {
    const s = await app.repo.create({ status: 'copy' }, me);
    expect((await app.repo.spike(s.id, me, 'old news')).status).toBe('spiked');
    expect((await app.repo.unspike(s.id, me)).status).toBe('copy');
    const kinds = (await app.repo.events(s.id)).map((e) => `${e.kind}:${e.fromStatus}->${e.toStatus}`);
    expect(kinds).toEqual(['unspike:spiked->copy', 'spike:copy->spiked', 'create:null->copy']);
    await expect(app.repo.unspike(s.id, me)).rejects.toMatchObject({ code: 'refused' });
  });

  it('searches headline, body, captions, credits and tags with snippets, phrases, prefixes and filters', async () => {
    const withFigure = documentOf([
      paragraph([textRun('The mayor opened the new harbour bridge on Monday.')]),
      figure({
        mediaId: null,
        width: null,
        height: null,
        alt: 'bridge',
        credit: 'Jo Lens/AP',
        caption: documentFromText('Crowds on the bridge'),
      }),
    ]);
    const a = await app.repo.create({ fields: { headline: 'Bridge reopens', body: withFigure, tags: ['transport'] } }, me);
    const b = await app.repo.create(
      { status: 'copy', fields: { headline: 'Library hours', body: body('Reading rooms stay open <late>.') } },
      me,
    );
    const ids = async (text: string, extra = {}) => (await app.repo.search({ text, ...extra })).results.map((r) => r.id);
    expect(await ids('harbour')).toEqual([a.id]);
    expect(await ids('crowds')).toEqual([a.id]);
    expect(await ids('"Jo Lens"')).toEqual([a.id]);
    expect(await ids('transport')).toEqual([a.id]);
    expect(await ids('harb*')).toEqual([a.id]);
    expect(await ids('"bridge on Monday"')).toEqual([a.id]);
    expect(await ids('"Monday bridge"')).toEqual([]);
    expect(await ids('reading', { status: ['copy'] })).toEqual([b.id]);
    expect(await ids('reading', { status: ['edit'] })).toEqual([]);
    expect(await ids('bridge -crowds')).toEqual([]);
    expect(await ids('headline:library')).toEqual([b.id]);
    expect(await ids('library OR harbour')).toHaveLength(2);
    const hit = (await app.repo.search({ text: 'late' })).results[0]!;
    expect(hit.snippet).toContain('&lt;<mark>late</mark>&gt;');
    expect(await ids('" OR * NEAR(')).toEqual([]);
  });

  it('keeps the figure index in step with the body', async () => {
    const doc = documentOf([
      paragraph([textRun('Text')]),
      figure({ mediaId: null, width: null, height: null, alt: '', credit: 'A. Photographer', caption: documentFromText('A caption') }),
    ]);
    const s = await app.repo.create({ fields: { body: doc } }, me);
    const rows = () => app.db.prepare('SELECT caption, credit FROM story_figures WHERE story_id = ?').all(s.id);
    expect(rows()).toEqual([{ caption: 'A caption', credit: 'A. Photographer' }]);
    await app.repo.update(s.id, 1, { body: body('No figure now') }, { mode: 'save' }, me);
    expect(rows()).toEqual([]);
  });
});
