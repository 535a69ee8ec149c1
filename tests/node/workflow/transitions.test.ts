// The workflow's rules as a table: every (from, to) pair, what it needs, and the CLI's names.
import { describe, expect, it } from 'vitest';
import { STORY_STATUSES, type StoryStatus } from '../../../src/shared/story/model';
import { checkMove, movesFrom, nextStatus, parseStatusName } from '../../../src/shared/workflow/transitions';

// F forward, FG forward through the gate, B back (note needed), S spike, R restore, RG restore
// through the gate, - refused.
const MATRIX: Record<StoryStatus, Record<StoryStatus, string>> = {
  wire: { wire: '-', edit: 'F', copy: 'F', ready: 'FG', published: '-', spiked: 'S' },
  edit: { wire: 'B', edit: '-', copy: 'F', ready: 'FG', published: '-', spiked: 'S' },
  copy: { wire: 'B', edit: 'B', copy: '-', ready: 'FG', published: '-', spiked: 'S' },
  ready: { wire: 'B', edit: 'B', copy: 'B', ready: '-', published: 'FG', spiked: 'S' },
  published: { wire: 'B', edit: 'B', copy: 'B', ready: 'B', published: '-', spiked: 'S' },
  spiked: { wire: 'R', edit: 'R', copy: 'R', ready: 'RG', published: '-', spiked: '-' },
};

function code(from: StoryStatus, to: StoryStatus): string {
  const v = checkMove(from, to);
  if (!v.allowed) return '-';
  const letter = { forward: 'F', back: 'B', spike: 'S', restore: 'R' }[v.kind];
  return `${letter}${v.gated ? 'G' : ''}`;
}

describe('workflow transitions', () => {
  for (const from of STORY_STATUSES)
    for (const to of STORY_STATUSES)
      it(`${from} → ${to}: ${MATRIX[from][to]}`, () => {
        expect(code(from, to)).toBe(MATRIX[from][to]);
      });

  it('asks for a note exactly when a story goes back', () => {
    for (const from of STORY_STATUSES)
      for (const to of STORY_STATUSES) {
        const v = checkMove(from, to);
        if (v.allowed) expect(v.needsNote).toBe(v.kind === 'back');
      }
  });

  it('explains a refusal in a sentence', () => {
    expect(checkMove('edit', 'published')).toEqual({ allowed: false, reason: 'Only a story that is Ready can be published.' });
    expect(checkMove('copy', 'copy')).toEqual({ allowed: false, reason: 'The story is already on the copy desk.' });
  });

  it('knows the next step and every allowed move', () => {
    expect(nextStatus('wire')).toBe('edit');
    expect(nextStatus('ready')).toBe('published');
    expect(nextStatus('published')).toBeNull();
    expect(movesFrom('copy')).toEqual(['wire', 'edit', 'ready', 'spiked']);
  });

  it.each([
    ['wire', 'wire'],
    ['EDIT', 'edit'],
    ['in-edit', 'edit'],
    ['copy', 'copy'],
    ['copy-desk', 'copy'],
    ['ready', 'ready'],
    ['published', 'published'],
    ['spiked', 'spiked'],
    ['spike', 'spiked'],
    ['draft', null],
  ])('the CLI reads %s as %s', (name, status) => {
    expect(parseStatusName(name)).toBe(status);
  });
});
