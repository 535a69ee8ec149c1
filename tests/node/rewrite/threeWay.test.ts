import { describe, expect, it } from 'vitest';
import { applyWireChange, threeWay } from '../../../src/shared/rewrite';
import { documentOf, paragraph, textRun } from '../../../src/shared/story/document';
import { documentText } from '../../../src/shared/story/text';

const v1 = [
  'NORTH BAY (STW) — Ferries to the outer islands sailed again on Monday after a three-day storm kept the fleet in port.',
  'The operator said all routes would run to the normal timetable by Wednesday. “We are relieved,” said captain Mara Lind.',
].join('\n\n');
const v2 =
  v1.replace('on Monday', 'on Monday morning').replace('by Wednesday.', 'by Thursday.') + '\n\nOne route, to Skerry, stays closed.';
const story = [
  'Ferries are back. The island fleet sailed again on Monday after a three-day storm kept the fleet in port.',
  'All routes should be normal by Wednesday, the operator said. “We are relieved,” said captain Mara Lind.',
].join('\n\n');
const body = () => documentOf(story.split('\n\n').map((p) => paragraph([textRun(p)])));

describe('threeWay', () => {
  const changes = threeWay(v1, v2, story);

  it('lists what changed between the two wire versions', () => {
    expect(changes.map((c) => [c.kind, c.removed, c.added])).toEqual([
      ['insert', '', 'morning'],
      ['replace', 'Wednesday.', 'Thursday.'],
      ['insert', '', 'One route, to Skerry, stays closed.'],
    ]);
  });

  it('places each change in the rewrite: verbatim passages exactly, rewritten ones nearby', () => {
    expect(changes.map((c) => c.placement.status)).toEqual(['exact', 'near', 'exact']);
    const [first, second, third] = changes;
    expect(first!.placement).toMatchObject({ paragraph: 0 });
    expect(story.slice(first!.edit!.start, first!.edit!.end)).toBe('Monday');
    expect(second!.placement.status === 'near' && story.slice(second!.placement.start, second!.placement.end)).toContain('Wednesday');
    expect(third!.placement).toMatchObject({ paragraph: 1 });
  });

  it('applies one change at a time, and only that change', () => {
    const [first, second, third] = changes;
    expect(documentText(applyWireChange(body(), first!)!)).toBe(story.replace('on Monday', 'on Monday morning'));
    // In the rewritten sentence only the changed word is swapped.
    expect(second!.edit).toMatchObject({ from: 'Wednesday', to: 'Thursday' });
    expect(documentText(applyWireChange(body(), second!)!)).toBe(story.replace('Wednesday', 'Thursday'));
    const added = applyWireChange(body(), third!)!;
    expect(documentText(added)).toBe(`${story}\n\nOne route, to Skerry, stays closed.`);
    expect(added.root.children).toHaveLength(3);
  });

  it('says when the rewrite does not use that part of the wire', () => {
    const short = 'Ferries are back after the storm, the operator said.';
    const placed = threeWay(v1, v2, short);
    expect(placed.every((c) => c.placement.status === 'absent' && c.edit === null)).toBe(true);
  });

  it('recognises a change the story already has', () => {
    const after = threeWay(v1, v2, story.replace('on Monday', 'on Monday morning'));
    expect(after[0]!.placement.status).toBe('applied');
    expect(after[0]!.edit).toBeNull();
  });

  it('refuses to apply when the body moved on since the change was computed', () => {
    const edited = documentOf([paragraph([textRun(story.replace('on Monday', 'this Monday').replace('\n\n', ' '))])]);
    expect(applyWireChange(edited, changes[0]!)).toBeNull();
  });

  it('handles a deleted sentence and a new lead', () => {
    const v3 = `Storm update: ${v1.replace(' “We are relieved,” said captain Mara Lind.', '')}`;
    const placed = threeWay(v1, v3, v1);
    expect(placed.map((c) => [c.kind, c.placement.status])).toEqual([
      ['insert', 'exact'],
      ['delete', 'exact'],
    ]);
    let doc = documentOf(v1.split('\n\n').map((p) => paragraph([textRun(p)])));
    // Apply the later change first so the earlier one's offsets still hold.
    for (const c of [...placed].reverse()) doc = applyWireChange(doc, c)!;
    expect(documentText(doc)).toBe(v3);
  });

  it('reads a changed word followed by a new paragraph as two changes, each placed on its own', () => {
    const base = ['The operator said routes would run by Wednesday.', '“We are relieved,” said captain Mara Lind.'];
    const newer = ['The operator said routes would run by Thursday.', 'One route, to Skerry, stays closed.', base[1]];
    const mine = [`${base[0]} Traders expect a busy weekend.`, base[1]].join('\n\n');
    const placed = threeWay(base.join('\n\n'), newer.join('\n\n'), mine);
    expect(placed.map((c) => [c.kind, c.added, c.placement.status])).toEqual([
      ['replace', 'Thursday.', 'near'],
      ['insert', 'One route, to Skerry, stays closed.', 'exact'],
    ]);
    const doc = documentOf(mine.split('\n\n').map((p) => paragraph([textRun(p)])));
    expect(documentText(applyWireChange(doc, placed[1]!)!)).toBe(
      [`${base[0]} Traders expect a busy weekend.`, 'One route, to Skerry, stays closed.', base[1]].join('\n\n'),
    );
  });

  it('gives every change an id that does not depend on the story', () => {
    expect(threeWay(v1, v2, 'Something else entirely.').map((c) => c.id)).toEqual(changes.map((c) => c.id));
  });
});
