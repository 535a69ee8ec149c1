import { describe, expect, it } from 'vitest';
import { diffWords, sidesOf } from '../../../src/shared/rewrite';

describe('diffWords', () => {
  it('marks a changed word and an added clause', () => {
    expect(diffWords('The operator said all routes would run.', 'The operator said most routes would run, officials added.')).toEqual([
      { kind: 'same', text: 'The operator said ' },
      { kind: 'delete', text: 'all' },
      { kind: 'insert', text: 'most' },
      { kind: 'same', text: ' routes would run' },
      { kind: 'insert', text: ', officials added' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('shows a change of case or punctuation inside a word', () => {
    const segments = diffWords('The u.s. fleet', 'The U.S. fleet');
    expect(segments.filter((s) => s.kind !== 'same').map((s) => s.text)).toEqual(['u.s', 'U.S']);
  });

  it('reads a rewritten phrase as one change, not word confetti', () => {
    const segments = diffWords('ferries sailed again on Monday', 'boats left port on Monday');
    expect(segments).toEqual([
      { kind: 'delete', text: 'ferries sailed again' },
      { kind: 'insert', text: 'boats left port' },
      { kind: 'same', text: ' on Monday' },
    ]);
  });

  it('handles empty sides and identical text', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'New text')).toEqual([{ kind: 'insert', text: 'New text' }]);
    expect(diffWords('Old text', '')).toEqual([{ kind: 'delete', text: 'Old text' }]);
    expect(diffWords('Same', 'Same')).toEqual([{ kind: 'same', text: 'Same' }]);
  });

  it('keeps paragraph breaks and emoji intact on both sides', () => {
    const a = 'First paragraph 🚢.\n\nSecond one.';
    const b = 'First paragraph ⛴️ here.\n\nSecond one, changed.';
    expect(sidesOf(diffWords(a, b))).toEqual({ a, b });
  });
});
