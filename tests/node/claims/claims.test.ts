// Claims with an injected clock: heartbeats keep a claim, other seats see who holds it, a stale
// claim can be taken over and the previous holder's unsaved text is kept as a revision — as is
// any text the displaced seat sends afterwards. Never a sleep.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClaims, STALE_AFTER_MS, type Claims, type ClaimChange } from '../../../src/main/services/claims';
import { tempApp, type TempApp } from '../../support/tempApp';

let app: TempApp;
let clock: Date;
let claims: Claims;
let changes: ClaimChange[];
const SEAT_A = 'seat-aaaaaaaa';
const SEAT_B = 'seat-bbbbbbbb';

beforeEach(async () => {
  app = await tempApp();
  clock = new Date('2026-03-02T09:00:00.000Z');
  changes = [];
  claims = createClaims({ desk: app.repo.desk(), now: () => clock, onChange: (c) => changes.push(c) });
});
afterEach(() => app.cleanup());

const tick = (ms: number) => (clock = new Date(clock.getTime() + ms));

describe('claims', () => {
  it('a first seat claims; a second sees who holds it; heartbeats keep it live', async () => {
    const s = await app.repo.create({ fields: { headline: 'Harbour' } }, { author: 'Ana' });
    expect(await claims.claim({ id: s.id, seat: SEAT_A, holder: 'Ana' })).toMatchObject({ mine: true, holder: 'Ana', stale: false });
    expect(changes).toEqual([{ storyId: s.id, holder: 'Ana', seat: SEAT_A }]);
    tick(90_000);
    expect(await claims.claim({ id: s.id, seat: SEAT_B, holder: 'Ben' })).toMatchObject({
      mine: false,
      holder: 'Ana',
      stale: false,
      canTakeOver: false,
    });
    await claims.claim({ id: s.id, seat: SEAT_A, holder: 'Ana' }); // heartbeat
    tick(90_000);
    expect(await claims.claim({ id: s.id, seat: SEAT_B, holder: 'Ben' })).toMatchObject({ holder: 'Ana', stale: false });
    expect(await claims.heldElsewhere(s.id, SEAT_B)).toBe('Ana');
    expect(await claims.heldElsewhere(s.id, SEAT_A)).toBeNull();
    await expect(claims.takeOver(s.id, SEAT_B, 'Ben')).rejects.toMatchObject({
      code: 'refused',
      message: /Ana is editing this story \(heard from 90 s ago\)/,
    });
    expect(changes).toHaveLength(1); // beats are not news
  });

  it('releasing frees the story for the next seat', async () => {
    const s = await app.repo.create({}, { author: 'Ana' });
    await claims.claim({ id: s.id, seat: SEAT_A, holder: 'Ana' });
    expect(await claims.release(s.id, SEAT_B)).toBe(false);
    expect(await claims.release(s.id, SEAT_A)).toBe(true);
    expect(await claims.claim({ id: s.id, seat: SEAT_B, holder: 'Ben' })).toMatchObject({ mine: true, holder: 'Ben' });
  });

  it('a stale claim is taken over and the holder’s unsaved draft becomes a takeover revision', async () => {
    const s = await app.repo.create({ fields: { headline: 'Harbour', deck: 'Saved deck' } }, { author: 'Ana' });
    await claims.claim({
      id: s.id,
      seat: SEAT_A,
      holder: 'Ana',
      draft: { version: 1, patch: { deck: 'Ana typed this and never saved it' } },
    });
    tick(STALE_AFTER_MS + 1000);
    expect(await claims.claim({ id: s.id, seat: SEAT_B, holder: 'Ben' })).toMatchObject({ mine: false, stale: true, canTakeOver: true });
    const taken = await claims.takeOver(s.id, SEAT_B, 'Ben');
    expect(taken).toMatchObject({ previousHolder: 'Ana', claim: { mine: true, holder: 'Ben' } });
    const kept = await app.repo.revision(taken.keptRevisionId!);
    expect(kept).toMatchObject({ kind: 'takeover', author: 'Ana', note: 'Unsaved text from Ana, kept when Ben took over' });
    expect(kept!.fields).toMatchObject({ headline: 'Harbour', deck: 'Ana typed this and never saved it' });
    // The story itself is not changed: Ben decides what to do with Ana's text.
    expect((await app.repo.get(s.id))!.deck).toBe('Saved deck');
    expect((await app.repo.events(s.id))[0]).toMatchObject({
      kind: 'takeover',
      who: 'Ben',
      note: `Ben took over from Ana. Their unsaved text is kept as revision ${taken.keptRevisionId}.`,
    });
    expect(changes.at(-1)).toEqual({ storyId: s.id, holder: 'Ben', seat: SEAT_B });
  });

  it('text the displaced seat sends after the takeover is kept too (once), never applied', async () => {
    const s = await app.repo.create({ fields: { headline: 'Harbour' } }, { author: 'Ana' });
    await claims.claim({ id: s.id, seat: SEAT_A, holder: 'Ana' });
    tick(STALE_AFTER_MS + 1);
    await claims.takeOver(s.id, SEAT_B, 'Ben');
    // Ana's laptop wakes up and beats with what she typed offline.
    const draft = { version: 1, patch: { headline: 'Harbour reopens after storm' } };
    const late = await claims.claim({ id: s.id, seat: SEAT_A, holder: 'Ana', draft });
    expect(late).toMatchObject({ mine: false, holder: 'Ben', keptRevisionId: expect.any(Number) });
    expect((await app.repo.revision(late.keptRevisionId!))!.fields.headline).toBe('Harbour reopens after storm');
    const again = await claims.claim({ id: s.id, seat: SEAT_A, holder: 'Ana', draft });
    expect(again.keptRevisionId).toBe(late.keptRevisionId);
    expect((await app.repo.get(s.id))!.headline).toBe('Harbour');
  });

  it('takes over with nothing to keep when the holder had no unsaved text', async () => {
    const s = await app.repo.create({}, { author: 'Ana' });
    await claims.claim({ id: s.id, seat: SEAT_A, holder: 'Ana', draft: { version: 1, patch: {} } });
    tick(STALE_AFTER_MS + 1);
    expect(await claims.takeOver(s.id, SEAT_B, 'Ben')).toMatchObject({ keptRevisionId: null, previousHolder: 'Ana' });
  });

  it('a seat may report an earlier beat (ageing its own claim) but never a later one', async () => {
    const s = await app.repo.create({}, { author: 'Ana' });
    const old = new Date(clock.getTime() - STALE_AFTER_MS - 5000).toISOString();
    await claims.claim({ id: s.id, seat: SEAT_A, holder: 'Ana', beatAt: old });
    expect(await claims.claim({ id: s.id, seat: SEAT_B, holder: 'Ben' })).toMatchObject({ stale: true, canTakeOver: true });
    await claims.claim({ id: s.id, seat: SEAT_A, holder: 'Ana', beatAt: '2099-01-01T00:00:00.000Z' });
    tick(STALE_AFTER_MS + 1);
    expect(await claims.claim({ id: s.id, seat: SEAT_B, holder: 'Ben' })).toMatchObject({ stale: true });
  });

  it('two seats taking over at once: one wins, the other is told', async () => {
    const s = await app.repo.create({}, { author: 'Ana' });
    await claims.claim({ id: s.id, seat: SEAT_A, holder: 'Ana', draft: { version: 1, patch: { deck: 'kept once' } } });
    tick(STALE_AFTER_MS + 1);
    const results = await Promise.allSettled([claims.takeOver(s.id, SEAT_B, 'Ben'), claims.takeOver(s.id, 'seat-cccccccc', 'Cleo')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: expect.stringMatching(/conflict|refused/) } });
    const takeovers = (await app.repo.revisions(s.id)).filter((r) => r.kind === 'takeover');
    expect(takeovers).toHaveLength(1);
  });

  it('the desk list shows the holder, live or stale', async () => {
    const s = await app.repo.create({ fields: { headline: 'Listed' } }, { author: 'Ana' });
    await claims.claim({ id: s.id, seat: SEAT_A, holder: 'Ana' });
    const live = await app.repo.desk().list({}, claims.staleBefore());
    expect(live.items[0]!.claim).toMatchObject({ holder: 'Ana', seat: SEAT_A, stale: false });
    tick(STALE_AFTER_MS + 1);
    const stale = await app.repo.desk().list({}, claims.staleBefore());
    expect(stale.items[0]!.claim).toMatchObject({ holder: 'Ana', stale: true });
  });
});
