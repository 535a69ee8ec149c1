import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../src/shared/contract/names';
import { contract } from '../../../src/shared/contract/calls';
import { callOrThrow } from '../../../src/main/ipc/registry';
import { tempApp, type TempApp } from '../../support/tempApp';

let app: TempApp;
beforeAll(async () => {
  app = await tempApp({ seedSamples: true });
});
afterAll(() => app.cleanup());

describe('call registry', () => {
  it('declares every call name in the contract, with request and response schemas', () => {
    expect(Object.keys(contract).sort()).toEqual([...CALL_NAMES].sort());
    expect(new Set(CALL_NAMES).size).toBe(CALL_NAMES.length);
  });

  it('refuses unknown call names', async () => {
    const res = await app.registry.invoke('__proto__', {}, { transport: 'test' });
    expect(res).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(await app.registry.invoke('constructor', {}, { transport: 'test' })).toMatchObject({ ok: false });
  });

  it('validates payloads and says which field is wrong', async () => {
    const res = await app.registry.invoke(
      'storyUpdate',
      { id: 1, version: 1, patch: { headline: 42 }, mode: 'autosave' },
      { transport: 'test' },
    );
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('validation');
      expect(res.error.message).toContain('patch.headline');
    }
  });

  it('rejects random and hostile payloads for every call with a validation error, never a crash', async () => {
    const hostile = fc.oneof(
      fc.anything(),
      fc.constant({ __proto__: { polluted: true } }),
      fc.constant(JSON.parse('{"__proto__":{"polluted":true}}')),
      fc.record({ id: fc.oneof(fc.double(), fc.string(), fc.constant(-1), fc.constant(2 ** 60)) }),
      fc.string({ maxLength: 50 }),
    );
    for (const name of CALL_NAMES) {
      await fc.assert(
        fc.asyncProperty(hostile, async (payload) => {
          const res = await app.registry.invoke(name, payload, { transport: 'test' });
          if (!res.ok) expect(['validation', 'not-found', 'refused', 'bad-input', 'conflict']).toContain(res.error.code);
        }),
        { numRuns: 60 },
      );
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps the losing text of a conflicting save as a revision', async () => {
    const story = await callOrThrow(app.registry, 'storyCreate', { fields: { headline: 'Base' } });
    await callOrThrow(app.registry, 'storyUpdate', { id: story.id, version: 1, patch: { headline: 'Tab A wins' }, mode: 'autosave' });
    const res = await app.registry.invoke(
      'storyUpdate',
      { id: story.id, version: 1, patch: { headline: 'Tab B text' }, mode: 'autosave' },
      { transport: 'test' },
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'conflict', details: { current: { headline: 'Tab A wins' } } } });
    const revisionId = (res as { error: { details: { conflictRevisionId: number } } }).error.details.conflictRevisionId;
    const kept = await callOrThrow(app.registry, 'revisionGet', { id: revisionId });
    expect(kept).toMatchObject({ kind: 'conflict', fields: { headline: 'Tab B text' } });
    expect((await callOrThrow(app.registry, 'storyGet', { id: story.id })).headline).toBe('Tab A wins');
  });
});
