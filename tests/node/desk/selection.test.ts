// The desk list's pure parts: multi-select (toggle, ranges, select all, trimming to what is
// shown) and the as-you-type prefix on the word being typed.
import { describe, expect, it } from 'vitest';
import { asYouType } from '../../../src/renderer/features/desk/asYouType';
import { emptySelection, selectionReducer, type Selection, type SelectionAction } from '../../../src/renderer/features/desk/selection';

const order = [10, 11, 12, 13, 14];
const run = (...actions: SelectionAction[]): Selection => actions.reduce(selectionReducer, emptySelection);
const ids = (s: Selection) => [...s.ids].sort((a, b) => a - b);

describe('desk selection', () => {
  it('toggles with Ctrl/Cmd+click or Space, and ranges from the anchor with Shift', () => {
    expect(ids(run({ type: 'toggle', id: 11 }, { type: 'toggle', id: 13 }))).toEqual([11, 13]);
    expect(ids(run({ type: 'toggle', id: 11 }, { type: 'toggle', id: 11 }))).toEqual([]);
    expect(ids(run({ type: 'anchor', id: 11 }, { type: 'range', id: 13, order }))).toEqual([11, 12, 13]);
    expect(ids(run({ type: 'anchor', id: 13 }, { type: 'range', id: 10, order }))).toEqual([10, 11, 12, 13]);
    // A range adds to what is already selected.
    expect(ids(run({ type: 'toggle', id: 14 }, { type: 'anchor', id: 10 }, { type: 'range', id: 11, order }))).toEqual([10, 11, 14]);
  });

  it('selects all shown, clears, and forgets rows no longer shown', () => {
    expect(ids(run({ type: 'all', order }))).toEqual(order);
    expect(ids(run({ type: 'all', order }, { type: 'clear' }))).toEqual([]);
    const kept = run({ type: 'all', order }, { type: 'keep', order: [11, 12] });
    expect(ids(kept)).toEqual([11, 12]);
    const same = run({ type: 'toggle', id: 12 });
    expect(selectionReducer(same, { type: 'keep', order })).toBe(same);
  });
});

describe('as-you-type search', () => {
  it.each([
    ['harb', 'harb*'],
    ['harbour ', 'harbour '],
    ['council harb', 'council harb*'],
    ['headline:harb', 'headline:harb*'],
    ['-storm', '-storm*'],
    ['"harbour auth', '"harbour auth'],
    ['"harbour authority"', '"harbour authority"'],
    ['harb*', 'harb*'],
    ['storm OR', 'storm OR'],
  ])('%j → %j', (typed, sent) => {
    expect(asYouType(typed)).toBe(sent);
  });
});
