// The problem index behind "has problems": each story's error findings not waived, refreshed per
// story and swept for stories never checked or checked under other rules; it says when counts move.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/shared/checks';
import type { Story } from '../../../src/shared/story/model';
import { createProblemIndex, type ProblemIndex } from '../../../src/main/services/problems';
import { tempApp, type TempApp } from '../../support/tempApp';

let app: TempApp;
let index: ProblemIndex;
let signature = 'rules-1';
let changes = 0;
const ana = { author: 'Ana' };

const tk = (story: Story): Finding[] =>
  [...story.headline.matchAll(/TK/g)].map((m) => ({
    rule: 'placeholder',
    severity: 'error',
    field: 'headline',
    start: m.index,
    end: m.index + 2,
    message: 'TK',
    fix: null,
    excerpt: 'TK',
  }));

beforeEach(async () => {
  app = await tempApp();
  signature = 'rules-1';
  changes = 0;
  index = createProblemIndex({ repo: app.repo, source: { findings: tk, signature: () => signature }, onChanged: () => changes++ });
});
afterEach(() => app.cleanup());

const errorsOf = async (id: number) => (await app.repo.desk().list({}, '2000')).items.find((i) => i.id === id)!.errors;

describe('problem index', () => {
  it('sweeps unchecked stories, then only what changed or was checked under other rules', async () => {
    const a = await app.repo.create({ fields: { headline: 'TK and TK' } }, ana);
    const b = await app.repo.create({ fields: { headline: 'Clean' } }, ana);
    expect(await errorsOf(a.id)).toBeNull();
    expect(await index.refreshStale(100)).toBe(2);
    expect([await errorsOf(a.id), await errorsOf(b.id)]).toEqual([2, 0]);
    expect(changes).toBe(1);
    expect(await index.refreshStale(100)).toBe(0);
    await app.repo.update(b.id, 1, { headline: 'Now TK' }, { mode: 'save' }, ana);
    expect(await index.refreshStale(100)).toBe(1);
    signature = 'rules-2';
    expect(await index.refreshStale(100)).toBe(2);
  });

  it('counts a waived finding out, and the desk filter follows', async () => {
    const a = await app.repo.create({ fields: { headline: 'Mayor TK' } }, ana);
    await index.refresh(a.id);
    expect((await app.repo.desk().list({ problems: true }, '2000')).items.map((i) => i.id)).toEqual([a.id]);
    expect((await app.repo.desk().counts({})).problems).toBe(1);
    await app.repo.desk().addWaiver(a.id, { rule: 'placeholder', field: 'headline', index: null, excerpt: 'TK', reason: 'initials' }, ana);
    await index.refresh(a.id);
    expect(await errorsOf(a.id)).toBe(0);
    expect((await app.repo.desk().list({ problems: true }, '2000')).items).toEqual([]);
  });
});
