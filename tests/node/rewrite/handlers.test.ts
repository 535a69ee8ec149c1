// The rewrite calls through the registry (validation included), on a real temp database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOrThrow } from '../../../src/main/ipc/registry';
import { tempApp, type TempApp } from '../../support/tempApp';
import { ninjsItem } from '../../support/wireFixtures';

let app: TempApp;
beforeEach(async () => {
  // Typography on import makes repairs by fixed rules (straight quotes to curly), so the test does
  // not depend on the mojibake repair's judgement of a short sample.
  app = await tempApp({ prefs: { userName: 'Ana Desk', typographyOnImport: true } });
});
afterEach(() => app.cleanup());

const DAMAGED = '<p>"We are relieved," said captain Mara Lind.</p>';

async function importItem(body = DAMAGED, uri = 'urn:slugline-test:item:harbour-1'): Promise<number> {
  const summary = await callOrThrow(app.registry, 'wireImportText', {
    jobId: 'rewrite-test',
    text: ninjsItem({ body, uri }),
    name: 'ferry.json',
  });
  return summary.files[0]!.wireItemIds[0]!;
}

describe('wireRepairRevert / wireRepairReverts', () => {
  it('records a reverted repair on the wire item, with who and when, and puts it back', async () => {
    const id = await importItem();
    const item = await callOrThrow(app.registry, 'wireGet', { id });
    expect(item.item.repairs).toHaveLength(2);
    expect(await callOrThrow(app.registry, 'wireRepairReverts', { wireItemId: id })).toEqual({ reverts: [] });

    const after = await callOrThrow(app.registry, 'wireRepairRevert', { wireItemId: id, repairIndex: 1, reverted: true });
    expect(after.reverts).toEqual([{ repairIndex: 1, by: 'Ana Desk', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    // Idempotent: the first revert is the one remembered.
    const again = await callOrThrow(app.registry, 'wireRepairRevert', { wireItemId: id, repairIndex: 1, reverted: true });
    expect(again.reverts).toEqual(after.reverts);
    // The original parse is never rewritten.
    expect((await callOrThrow(app.registry, 'wireGet', { id })).item).toEqual(item.item);

    const back = await callOrThrow(app.registry, 'wireRepairRevert', { wireItemId: id, repairIndex: 1, reverted: false });
    expect(back.reverts).toEqual([]);
  });

  it('refuses a repair the item does not have, and an item that does not exist', async () => {
    const id = await importItem();
    const res = await app.registry.invoke('wireRepairRevert', { wireItemId: id, repairIndex: 2, reverted: true }, { transport: 'test' });
    expect(res).toEqual({
      ok: false,
      error: { code: 'bad-input', message: `Wire item ${id} has 2 repairs (numbered 0–1); there is no repair 2.` },
    });
    const clean = await importItem('<p>Clean copy, nothing to repair.</p>', 'urn:slugline-test:item:clean-1');
    const none = await app.registry.invoke(
      'wireRepairRevert',
      { wireItemId: clean, repairIndex: 0, reverted: true },
      { transport: 'test' },
    );
    expect(none).toMatchObject({ ok: false, error: { message: `Wire item ${clean} has no repairs; there is no repair 0.` } });
    const missing = await app.registry.invoke('wireRepairReverts', { wireItemId: 9999 }, { transport: 'test' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', message: 'Wire item 9999 does not exist.' } });
  });

  it('validates the request shape', async () => {
    for (const bad of [
      { wireItemId: 1, repairIndex: -1, reverted: true },
      { wireItemId: 1, repairIndex: 0 },
      { wireItemId: 1, repairIndex: 0, reverted: true, extra: 1 },
    ]) {
      const res = await app.registry.invoke('wireRepairRevert', bad, { transport: 'test' });
      expect(res).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
  });
});
