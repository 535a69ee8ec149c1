// The shared mojibake cases (read from ../shared/corpus, never copied here): the bars from
// issue 3, and every leave-alone case untouched.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repairText } from '../../../../src/shared/ingest/repair';
import { corpusNotice, corpusPath } from '../../../support/corpus';

interface Case {
  id: string;
  input: string;
  expected: string;
  expected_encoding?: string;
  kind?: string;
}

function load(name: string): Case[] | null {
  const path = corpusPath('mojibake', name);
  if (!path || !existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Case);
}

const available = corpusNotice('repair corpus');
const dev = available ? load('dev-cases.jsonl') : null;
const ftfy = available ? load('ftfy-cases.jsonl') : null;

describe.skipIf(!dev)('dev cases', () => {
  const cases = dev ?? [];
  it('repairs at least 97% exactly (197 of 203)', () => {
    const failed = cases.filter((c) => repairText(c.input).text !== c.expected).map((c) => c.id);
    expect(cases.length - failed.length, `failed: ${failed.join(', ')}`).toBeGreaterThanOrEqual(Math.ceil(cases.length * 0.97));
  });
  it('leaves every leave-alone case untouched (except the one quoting mojibake on purpose)', () => {
    const changed = cases
      .filter((c) => c.kind === 'leave-alone' && c.id !== 'dev-leave-L26')
      .filter((c) => repairText(c.input).text !== c.input)
      .map((c) => c.id);
    expect(changed).toEqual([]);
  });
  it('leaves the correct text of every case as it is (repairing the answer changes nothing)', () => {
    const changed = cases
      .filter((c) => c.id !== 'dev-leave-L26')
      .filter((c) => repairText(c.expected).text !== c.expected)
      .map((c) => c.id);
    expect(changed).toEqual([]);
  });
  it('reports repairs that revert to the input', () => {
    for (const c of cases) {
      const r = repairText(c.input);
      let text = r.text;
      for (let i = r.repairs.length - 1; i >= 0; i--) {
        const rep = r.repairs[i]!;
        expect(text.slice(rep.start, rep.end)).toBe(rep.to);
        text = text.slice(0, rep.start) + rep.from + text.slice(rep.end);
      }
      expect(text, c.id).toBe(c.input);
    }
  });
});

describe.skipIf(!ftfy)('ftfy cases (against expected_encoding)', () => {
  it('beats ftfy on its own cases (ftfy itself: 151 of 161)', () => {
    const cases = ftfy ?? [];
    const passed = cases.filter((c) => repairText(c.input).text === (c.expected_encoding ?? c.expected)).length;
    // Raise this floor as the engine improves; the goal is above 151.
    expect(passed).toBeGreaterThanOrEqual(FTFY_FLOOR);
  });
});

const FTFY_FLOOR = 156;
