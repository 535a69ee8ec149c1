// The workflow service: moves under the rules with history, the ready gate (fake findings, real
// wire flags), waivers that lift a finding, and bulk status and tag changes with their summaries.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/shared/checks';
import { documentOf, paragraph, textRun } from '../../../src/shared/story/document';
import type { Story } from '../../../src/shared/story/model';
import { createReadyGate, type FindingsSource } from '../../../src/main/services/readyGate';
import { createWorkflow, type Workflow } from '../../../src/main/services/workflow';
import { tempApp, type TempApp } from '../../support/tempApp';

let app: TempApp;
let workflow: Workflow;
const ana = { author: 'Ana' };

/** Fake checks: every "TK" in a headline is an error; "teh" a warning. */
const fakeSource: FindingsSource = {
  findings(story: Story): Finding[] {
    const out: Finding[] = [];
    for (const m of story.headline.matchAll(/TK|teh/g)) {
      const error = m[0] === 'TK';
      out.push({
        rule: error ? 'placeholder' : 'spelling',
        severity: error ? 'error' : 'warning',
        field: 'headline',
        start: m.index,
        end: m.index + m[0].length,
        message: error ? 'Placeholder left in copy: “TK”' : 'Spelling',
        fix: null,
        excerpt: m[0],
      });
    }
    return out;
  },
  signature: () => 'fake',
};

beforeEach(async () => {
  app = await tempApp();
  const desk = app.repo.desk();
  const gate = createReadyGate({ source: fakeSource, waivers: (id) => desk.waivers(id), flags: (id) => app.wire.flags(id) });
  workflow = createWorkflow({ repo: app.repo, gate });
});
afterEach(() => app.cleanup());

const story = (headline: string, status: Story['status'] = 'edit') => app.repo.create({ status, fields: { headline } }, ana);
const raiseFlag = (storyId: number, kind: string) =>
  Number(
    app.db
      .prepare("INSERT INTO story_flags (story_id, kind, message, created_at) VALUES (?, ?, ?, '2026-03-01T10:00:00Z')")
      .run(storyId, kind, `AP ${kind.toUpperCase()}: do not use`).lastInsertRowid,
  );

describe('status changes', () => {
  it('moves a story through the desk and records who, when and why in its history', async () => {
    const s = await story('Council approves budget', 'wire');
    for (const to of ['edit', 'copy', 'ready', 'published'] as const) await workflow.setStatus(s.id, to, '', ana);
    await workflow.setStatus(s.id, 'copy', 'Correction needed in para 3', { author: 'Ben' });
    const events = await app.repo.events(s.id);
    expect(events.map((e) => `${e.fromStatus}→${e.toStatus}`)).toEqual([
      'published→copy',
      'ready→published',
      'copy→ready',
      'edit→copy',
      'wire→edit',
      'null→wire',
    ]);
    expect(events[0]).toMatchObject({ who: 'Ben', note: 'Correction needed in para 3', kind: 'status' });
    expect(Date.parse(events[0]!.at)).not.toBeNaN();
  });

  it('refuses a move back without a note, a skip to Published, and a move to the same status', async () => {
    const s = await story('Bridge reopens', 'copy');
    await expect(workflow.setStatus(s.id, 'edit', '  ', ana)).rejects.toMatchObject({ code: 'refused', message: /needs a note/ });
    await expect(workflow.setStatus(s.id, 'published', '', ana)).rejects.toMatchObject({
      code: 'refused',
      message: /Only a story that is Ready/,
    });
    await expect(workflow.setStatus(s.id, 'copy', '', ana)).rejects.toMatchObject({ code: 'refused' });
    await expect(workflow.setStatus(999, 'copy', '', ana)).rejects.toMatchObject({ code: 'not-found' });
    expect((await app.repo.get(s.id))!.status).toBe('copy');
  });

  it('spikes and restores, keeping the status it had', async () => {
    const s = await story('Dog show', 'copy');
    await workflow.setStatus(s.id, 'spiked', 'duplicate of 12', ana);
    expect((await app.repo.get(s.id))!.status).toBe('spiked');
    await workflow.setStatus(s.id, 'copy', '', ana);
    expect((await app.repo.events(s.id)).map((e) => e.kind).slice(0, 2)).toEqual(['status', 'spike']);
  });
});

describe('the ready gate', () => {
  it('refuses Ready while an error finding is not waived, listing it; warnings never block', async () => {
    const s = await story('Mayor TK resigns, teh council says', 'copy');
    const refused = await workflow.setStatus(s.id, 'ready', '', ana).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'refused',
      message: '“Mayor TK resigns, teh council says” cannot move to Ready: 1 error finding not waived (Placeholder left in copy: “TK”).',
      details: { findings: [{ rule: 'placeholder', excerpt: 'TK' }], flags: [] },
    });
    expect((await app.repo.get(s.id))!.status).toBe('copy');
  });

  it('lets a waived finding through, and records the waiver in history', async () => {
    const s = await story('Mayor TK resigns', 'copy');
    const desk = app.repo.desk();
    const waiver = await desk.addWaiver(
      s.id,
      { rule: 'placeholder', field: 'headline', index: null, excerpt: 'TK', reason: 'TK is his initials' },
      ana,
    );
    expect(waiver).toMatchObject({ rule: 'placeholder', by: 'Ana', reason: 'TK is his initials' });
    await workflow.setStatus(s.id, 'ready', '', ana);
    expect((await app.repo.get(s.id))!.status).toBe('ready');
    const kinds = (await app.repo.events(s.id)).map((e) => [e.kind, e.note]);
    expect(kinds).toContainEqual(['waive', 'Waived placeholder on “TK”: TK is his initials']);
    // Withdrawn, it blocks again (publishing passes the gate too).
    expect(await desk.removeWaiver(s.id, waiver.id, ana, 'wrong')).toBe(true);
    await expect(workflow.setStatus(s.id, 'published', '', ana)).rejects.toMatchObject({ code: 'refused' });
  });

  it('a waiver covers the text it names, not a new finding elsewhere', async () => {
    const s = await story('TK', 'copy');
    await app.repo
      .desk()
      .addWaiver(s.id, { rule: 'placeholder', field: 'headline', index: null, excerpt: 'TKTK', reason: 'other text' }, ana);
    await expect(workflow.setStatus(s.id, 'ready', '', ana)).rejects.toMatchObject({ code: 'refused' });
  });

  it('refuses while a kill, hold or withheld flag is unacknowledged; a correction flag does not block', async () => {
    const s = await story('Clean copy', 'copy');
    raiseFlag(s.id, 'correction');
    const kill = raiseFlag(s.id, 'kill');
    await expect(workflow.setStatus(s.id, 'ready', '', ana)).rejects.toMatchObject({
      code: 'refused',
      message: /1 unacknowledged wire flag \(kill\)/,
      details: { findings: [], flags: [{ kind: 'kill' }] },
    });
    await app.wire.acknowledgeFlag(kill, ana, 'Checked with AP: the kill was for another story');
    await workflow.setStatus(s.id, 'ready', '', ana);
    expect((await app.repo.get(s.id))!.status).toBe('ready');
  });
});

describe('bulk actions', () => {
  it('moves what it can and says what it refused and why', async () => {
    const a = await story('Clean one', 'copy');
    const b = await story('Has TK', 'copy');
    const c = await story('Already ready', 'ready');
    const d = await story('On the wire', 'wire');
    const result = await workflow.bulkStatus([a.id, b.id, c.id, d.id, 404, a.id], 'ready', '', ana);
    expect(result.moved).toEqual([
      { id: a.id, from: 'copy', to: 'ready' },
      { id: d.id, from: 'wire', to: 'ready' },
    ]);
    expect(result.refused).toEqual([
      expect.objectContaining({
        id: b.id,
        headline: 'Has TK',
        code: 'refused',
        findings: [expect.objectContaining({ rule: 'placeholder' })],
      }),
      expect.objectContaining({ id: c.id, code: 'refused', message: 'Already ready.' }),
      expect.objectContaining({ id: 404, code: 'not-found' }),
    ]);
  });

  it('asks every story going back for the note, once for all', async () => {
    const a = await story('One', 'ready');
    const b = await story('Two', 'ready');
    expect((await workflow.bulkStatus([a.id, b.id], 'edit', '', ana)).refused).toHaveLength(2);
    const ok = await workflow.bulkStatus([a.id, b.id], 'edit', 'Held for the evening edition', ana);
    expect(ok.moved).toHaveLength(2);
    expect((await app.repo.events(a.id))[0]!.note).toBe('Held for the evening edition');
  });

  it('adds and removes tags, leaves stories already tagged, and skips a story someone is editing', async () => {
    const a = await story('A');
    await app.repo.update(a.id, 1, { tags: ['Politics', 'Budget'] }, { mode: 'save' }, ana);
    const b = await story('B');
    const c = await story('C');
    const held = async (id: number) => (id === c.id ? 'Ben' : null);
    const result = await workflow.bulkTag([a.id, b.id, c.id], { add: ['Elections', 'politics'], remove: ['budget'] }, ana, held);
    expect(result).toMatchObject({
      changed: [a.id, b.id],
      unchanged: [],
      refused: [{ id: c.id, message: 'Being edited by Ben; tag it there.' }],
    });
    expect((await app.repo.get(a.id))!.tags).toEqual(['Politics', 'Elections']);
    // A tag is one entity: "politics" is the existing "Politics".
    expect((await app.repo.get(b.id))!.tags).toEqual(['Elections', 'Politics']);
    const again = await workflow.bulkTag([a.id], { add: ['Elections'], remove: [] }, ana, held);
    expect(again.unchanged).toEqual([a.id]);
    expect((await app.repo.revisions(a.id))[0]!.note).toBe('Tags: +Elections +politics −budget');
  });
});

describe('through the registry, with the real checks', () => {
  it('refuses Ready with the findings in the error details, and storyEvents shows the history', async () => {
    const s = await app.repo.create(
      {
        status: 'copy',
        fields: { headline: 'Flood defences', body: documentOf([paragraph([textRun('The council will spend TK on repairs.')])]) },
      },
      ana,
    );
    const refused = await app.registry.invoke('storySetStatus', { id: s.id, status: 'ready' }, { transport: 'test' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'refused',
        details: { findings: expect.arrayContaining([expect.objectContaining({ rule: 'placeholder', excerpt: 'TK' })]) },
      },
    });
    const moved = await app.registry.invoke(
      'storySetStatus',
      { id: s.id, status: 'edit', note: 'back for a figure' },
      { transport: 'test' },
    );
    expect(moved).toMatchObject({ ok: true, value: { status: 'edit' } });
    const history = await app.registry.invoke('storyEvents', { storyId: s.id }, { transport: 'test' });
    expect(history).toMatchObject({
      ok: true,
      value: {
        events: [
          { kind: 'status', fromStatus: 'copy', toStatus: 'edit', who: 'Test Editor', note: 'back for a figure' },
          { kind: 'create' },
        ],
      },
    });
  });

  it('waives through findingWaive (a reason is required) and the gate then passes', async () => {
    const s = await app.repo.create(
      {
        status: 'copy',
        fields: { headline: 'Flood defences', body: documentOf([paragraph([textRun('The council will spend TK on repairs.')])]) },
      },
      ana,
    );
    const gate = await app.registry.invoke('storyGate', { id: s.id }, { transport: 'test' });
    expect(gate.ok).toBe(true);
    const blocking = (gate as { value: { findings: Finding[] } }).value.findings;
    const noReason = await app.registry.invoke(
      'findingWaive',
      { storyId: s.id, rule: 'placeholder', field: 'body', excerpt: 'TK', reason: ' ' },
      { transport: 'test' },
    );
    expect(noReason).toMatchObject({ ok: false, error: { code: 'validation' } });
    for (const f of blocking) {
      const waived = await app.registry.invoke(
        'findingWaive',
        {
          storyId: s.id,
          rule: f.rule,
          field: f.field,
          ...(f.index !== undefined ? { index: f.index } : {}),
          excerpt: f.excerpt,
          reason: 'Figure confirmed later',
        },
        { transport: 'test' },
      );
      expect(waived.ok).toBe(true);
    }
    expect(await app.registry.invoke('storySetStatus', { id: s.id, status: 'ready' }, { transport: 'test' })).toMatchObject({
      ok: true,
      value: { status: 'ready' },
    });
  });
});

describe('taking a story off the spike', () => {
  it('returns it to where it was when that passes the gate', async () => {
    const s = await story('Clean headline', 'ready');
    await workflow.setStatus(s.id, 'spiked', '', ana);
    expect((await workflow.unspike(s.id, '', ana)).status).toBe('ready');
  });

  it('sends a story that was Ready back to the Copy desk when the gate now refuses it, and says why', async () => {
    const s = await story('Clean headline', 'ready');
    await workflow.setStatus(s.id, 'spiked', '', ana);
    await app.repo.update(s.id, s.version, { headline: 'Now with TK in it' }, { mode: 'save' }, ana);
    const back = await workflow.unspike(s.id, 'Wanted after all', ana);
    expect(back.status).toBe('copy');
    const event = (await app.repo.events(s.id))[0]!;
    expect(event).toMatchObject({ kind: 'unspike', fromStatus: 'spiked', toStatus: 'copy' });
    expect(event.note).toMatch(/Wanted after all — .*Placeholder.*Restored to Copy desk instead/);
  });

  it('refuses a story that is not spiked', async () => {
    const s = await story('Not spiked');
    await expect(workflow.unspike(s.id, '', ana)).rejects.toMatchObject({ code: 'refused' });
  });
});
