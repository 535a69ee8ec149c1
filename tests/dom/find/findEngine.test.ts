// The find and replace engine as pure functions: matches with offsets across several texts,
// case / whole word / regular expressions, bad patterns as messages, and replacement plans.
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  compileQuery,
  findMatches,
  planReplacements,
  replacementText,
  type FindOptions,
} from '../../../src/renderer/features/find/findEngine';

const plain: FindOptions = { matchCase: false, wholeWord: false, regex: false };
const texts = ['The ferry left Port Ellen.', 'Ferries were cancelled; the ferryman stayed home.', '', 'FERRY ferry Ferry'];

function spans(query: string, options: Partial<FindOptions> = {}, source = texts) {
  return findMatches(source, compileQuery(query, { ...plain, ...options })).map((m) => [
    m.segment,
    source[m.segment]!.slice(m.start, m.end),
  ]);
}

describe('finding', () => {
  it('is case-insensitive by default and reports segment and offsets', () => {
    const matches = findMatches(texts, compileQuery('ferry', plain));
    expect(matches.map((m) => [m.segment, m.start, m.end])).toEqual([
      [0, 4, 9],
      [1, 28, 33],
      [3, 0, 5],
      [3, 6, 11],
      [3, 12, 17],
    ]);
  });

  it('match case', () => {
    expect(spans('Ferr', { matchCase: true })).toEqual([
      [1, 'Ferr'],
      [3, 'Ferr'],
    ]);
  });

  it('whole word skips ferryman', () => {
    expect(spans('ferry', { wholeWord: true })).toEqual([
      [0, 'ferry'],
      [3, 'FERRY'],
      [3, 'ferry'],
      [3, 'Ferry'],
    ]);
  });

  it('whole word understands letters beyond ASCII', () => {
    expect(spans('café', { wholeWord: true }, ['café cafés le café-bar'])).toEqual([
      [0, 'café'],
      [0, 'café'],
    ]);
  });

  it('treats the query literally unless regular expressions are on', () => {
    expect(spans('Ellen.', {}, ['Port Ellen. Ellen!'])).toEqual([[0, 'Ellen.']]);
    expect(spans('a+b', {}, ['a+b aab'])).toEqual([[0, 'a+b']]);
    expect(spans('(1)', {}, ['item (1) and 1'])).toEqual([[0, '(1)']]);
    expect(spans('a-b', {}, ['a-b'])).toEqual([[0, 'a-b']]);
  });

  it('regular expressions, with case and whole word', () => {
    expect(spans('\\d+ km', { regex: true }, ['5 km, 110 km/h, 7km'])).toEqual([
      [0, '5 km'],
      [0, '110 km'],
    ]);
    expect(spans('ferr(y|ies)', { regex: true, wholeWord: true })).toEqual([
      [0, 'ferry'],
      [1, 'Ferries'],
      [3, 'FERRY'],
      [3, 'ferry'],
      [3, 'Ferry'],
    ]);
  });

  it('an invalid regular expression is a message, never a throw', () => {
    for (const bad of ['(', '[a-', '*x', 'a{2,1}', '\\']) {
      const compiled = compileQuery(bad, { ...plain, regex: true });
      expect(compiled.ok).toBe(false);
      if (!compiled.ok) expect(compiled.error).toMatch(/^Not a valid regular expression: ./);
      expect(findMatches(texts, compiled)).toEqual([]);
    }
    // The same characters are fine as plain text.
    expect(compileQuery('(', plain).ok).toBe(true);
  });

  it('an empty query finds nothing and says nothing', () => {
    expect(compileQuery('', plain)).toEqual({ ok: false, error: '' });
  });

  it('skips empty matches instead of looping', () => {
    expect(spans('x*', { regex: true }, ['abxxc x'])).toEqual([
      [0, 'xx'],
      [0, 'x'],
    ]);
    expect(spans('^', { regex: true }, ['abc'])).toEqual([]);
  });

  it('counts astral characters correctly around empty matches', () => {
    expect(spans('😀*', { regex: true }, ['a😀b'])).toEqual([[0, '😀']]);
  });

  it('stops at the limit', () => {
    const many = ['a '.repeat(100)];
    expect(findMatches(many, compileQuery('a', plain), 10)).toHaveLength(10);
  });
});

describe('replacing', () => {
  it('plain replacement is literal ($ has no meaning)', () => {
    const [m] = findMatches(['cost $5'], compileQuery('cost', plain));
    expect(replacementText(m!, 'price $1 $&', plain)).toBe('price $1 $&');
  });

  it('regex replacement expands $&, $1, $<name> and $$', () => {
    const options = { ...plain, regex: true };
    const [m] = findMatches(['born 1984-05-06'], compileQuery('(?<y>\\d{4})-(\\d\\d)-(\\d\\d)', options));
    expect(replacementText(m!, '$3.$2.$<y> ($&) $$ $9', options)).toBe('06.05.1984 (1984-05-06) $ $9');
  });

  it('plans edits from the end of each text so offsets stay valid', () => {
    const matches = findMatches(texts, compileQuery('ferry', plain));
    const plan = planReplacements(matches, 'boat', plain);
    expect(plan.map((e) => [e.segment, e.start])).toEqual([
      [0, 4],
      [1, 28],
      [3, 12],
      [3, 6],
      [3, 0],
    ]);
    expect(applyEdits(texts, plan)).toEqual([
      'The boat left Port Ellen.',
      'Ferries were cancelled; the boatman stayed home.',
      '',
      'boat boat boat',
    ]);
  });

  it('replacing with a longer text that contains the query does not loop', () => {
    const source = ['ferry ferry'];
    const plan = planReplacements(findMatches(source, compileQuery('ferry', plain)), 'ferry boat', plain);
    expect(applyEdits(source, plan)).toEqual(['ferry boat ferry boat']);
  });
});

describe('regular expressions that would freeze a backtracking engine', () => {
  it('refuses known catastrophic shapes with a clear message', async () => {
    const { compileQuery } = await import('../../../src/renderer/features/find/findEngine');
    const compiled = compileQuery('(a+)+$', { matchCase: false, wholeWord: false, regex: true });
    expect(compiled).toMatchObject({ ok: false, error: expect.stringMatching(/cannot be searched safely/) });
  });

  it('runs the rest in linear time under a step budget, and says when it stopped', async () => {
    const { compileQuery, findMatchesWithin } = await import('../../../src/renderer/features/find/findEngine');
    const compiled = compileQuery('(a|aa)+$', { matchCase: false, wholeWord: false, regex: true });
    expect(compiled.ok).toBe(true);
    const text = `${'a'.repeat(20_000)}!`;
    // A backtracking engine takes exponential time here; the bounded matcher answers at all.
    expect(findMatchesWithin([text], compiled)).toEqual({ matches: [], stopped: false });
    expect(findMatchesWithin([text, 'aaa'], compiled, 100, { steps: 1000 }).stopped).toBe(true);
  });
});
