// What the Checks panel does to the editors: jump to a finding (focus its field, select the flagged
// text) and apply a finding's fix as one undoable step. Text is changed through find and replace's
// applyStoryEdits (the same run mapping), never by reloading a field, so undo keeps working.
import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isRootNode,
  $setSelection,
  HISTORY_MERGE_TAG,
  HISTORY_PUSH_TAG,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { applyFix, canApplyFix, type Finding } from '../../../shared/checks';
import type { StoryEditors } from '../../editor/fields/storyEditors';
import { $isTagNode } from '../../editor/nodes/TagNode';
import { applyStoryEdits } from '../find/storyText';
import { figureInput, locate, pointIn, readPlaces, type EditorPlace, type TextSegment } from './editorPlaces';
import { placeKey } from './places';

export type Outcome = { ok: true; message: string } | { ok: false; message: string };

function scrollTo(editor: LexicalEditor, key: NodeKey): void {
  editor.getElementByKey(key)?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/** Focus the finding's field and select what it flags (or put the caret there). */
export function jumpTo(editors: StoryEditors, finding: Finding, fieldText: string): Outcome {
  const place = readPlaces(editors).get(placeKey(finding));
  if (!place) return { ok: false, message: 'That part of the story is no longer there.' };
  if (place.figure) {
    const input = figureInput(place.editor, place.figure);
    if (!input) return { ok: false, message: 'The figure is not on screen.' };
    input.focus();
    input.scrollIntoView({ block: 'center', inline: 'nearest' });
    if (place.figure.text === fieldText) input.setSelectionRange(finding.start, finding.end);
    return { ok: true, message: '' };
  }
  if (place.tag) {
    const { key } = place.tag;
    place.editor.update(() => $getNodeByKey(key)?.selectStart());
    place.editor.focus();
    scrollTo(place.editor, key);
    return { ok: true, message: '' };
  }
  const pieces = locate(place, fieldText, finding);
  const first = pieces?.[0];
  const last = pieces?.at(-1);
  const anchor = first && pointIn(place.lines[first.line]!, first.start, false);
  const focus = last && pointIn(place.lines[last.line]!, last.end, true);
  if (!anchor || !focus) {
    place.editor.focus();
    return pieces ? { ok: true, message: '' } : { ok: false, message: 'The text changed since it was checked; checking again.' };
  }
  place.editor.update(() => {
    const selection = $createRangeSelection();
    selection.anchor.set(anchor.key, anchor.offset, 'text');
    selection.focus.set(focus.key, focus.offset, 'text');
    $setSelection(selection);
  });
  place.editor.focus();
  scrollTo(place.editor, anchor.key);
  return { ok: true, message: '' };
}

/** The block a line belongs to (paragraph, heading, quote, list item), below the root. */
function $blockOf(node: LexicalNode): ElementNode | null {
  let at: LexicalNode | null = node.getParent();
  while (at && !$isRootNode(at)) {
    if ($isElementNode(at) && !at.isInline()) return at;
    at = at.getParent();
  }
  return null;
}

/** The node directly inside `block` that holds `node` (a link around text, or the text itself). */
function $childOf(block: ElementNode, node: LexicalNode): LexicalNode {
  let at = node;
  while (at.getParent() && !at.getParent()!.is(block)) at = at.getParent()!;
  return at;
}

/**
 * What to tidy after a fix that empties its line: the whole block when the line was all of it
 * (a "MORE" paragraph goes, not just its text), else the line break the line leaves behind.
 */
function $cleanupPlan(line: TextSegment): { block?: NodeKey; lineBreak?: NodeKey; runs: NodeKey[] } | null {
  const firstRun = line.runs[0];
  const lastRun = line.runs.at(-1);
  const first = firstRun && $getNodeByKey(firstRun.key);
  const last = lastRun && $getNodeByKey(lastRun.key);
  if (!first || !last) return null;
  const block = $blockOf(first);
  if (!block) return null;
  const runs = line.runs.map((r) => r.key);
  if (block.getTextContent().trim() === line.text.trim()) return { block: block.getKey(), runs };
  const before = $childOf(block, first).getPreviousSibling();
  const after = $childOf(block, last).getNextSibling();
  const lineBreak = $isLineBreakNode(before) ? before : $isLineBreakNode(after) ? after : null;
  return lineBreak ? { lineBreak: lineBreak.getKey(), runs } : null;
}

function $removeBlock(key: NodeKey): void {
  const block = $getNodeByKey(key);
  if (!block) return;
  const parent = block.getParent();
  // The editor keeps one block to type in: an emptied only paragraph stays, empty.
  if ($isRootNode(parent) && $getRoot().getChildrenSize() <= 1) return;
  block.remove();
  if (parent && !$isRootNode(parent) && $isElementNode(parent) && parent.getChildrenSize() === 0) parent.remove();
}

/** Replace [start, end) of one line with `text`, then tidy an emptied line, as one undo step. */
function replaceInLine(editors: StoryEditors, place: EditorPlace, line: TextSegment, start: number, end: number, text: string): void {
  const rest = line.text.slice(0, start) + line.text.slice(end);
  const plan = text === '' && rest.trim() === '' ? place.editor.getEditorState().read(() => $cleanupPlan(line)) : null;
  const body = editors.get('body');
  const history = editors.list().find((e) => e.editor === place.editor) ?? (body && { editor: place.editor, history: body.history });
  const snapshot = history ? editors.history.snapshot([history]) : null;
  applyStoryEdits([line], [{ segment: 0, start, end, text }]);
  if (plan) {
    place.editor.update(
      () => {
        if (plan.block) $removeBlock(plan.block);
        else {
          for (const key of plan.runs) $getNodeByKey(key)?.remove();
          if (plan.lineBreak) $getNodeByKey(plan.lineBreak)?.remove();
        }
      },
      { tag: HISTORY_MERGE_TAG, discrete: true },
    );
  }
  // Recorded as one step, so Undo from any field takes the whole fix back.
  if (snapshot) editors.history.record(snapshot);
}

/** Apply the finding's fix in the editors. `fieldText` is the place's text the finding was made on. */
export function fixInEditors(editors: StoryEditors, finding: Finding, fieldText: string): Outcome {
  if (finding.fix === null) return { ok: false, message: 'This finding has no automatic fix.' };
  if (!canApplyFix(fieldText, finding)) return { ok: false, message: 'The text changed since it was checked; checking again.' };
  const place = readPlaces(editors).get(placeKey(finding));
  if (!place) return { ok: false, message: 'That part of the story is no longer there.' };
  if (!place.editor.isEditable()) return { ok: false, message: 'This story is read-only here.' };
  const fix = finding.fix;
  const done: Outcome = { ok: true, message: fix === '' ? `Removed “${finding.excerpt}”.` : `Changed “${finding.excerpt}” to “${fix}”.` };

  if (place.figure) {
    if (place.figure.text !== fieldText) return { ok: false, message: 'The text changed since it was checked; checking again.' };
    const { key, prop, text } = place.figure;
    const segment = { kind: 'figure' as const, field: 'body' as const, label: '', editor: place.editor, text, figureKey: key, prop };
    applyStoryEdits([segment], [{ segment: 0, start: finding.start, end: finding.end, text: fix }]);
    return done;
  }
  if (place.tag) {
    const { key } = place.tag;
    const next = applyFix(fieldText, finding);
    place.editor.update(
      () => {
        const node = $getNodeByKey(key);
        if ($isTagNode(node)) node.setTextContent(next);
      },
      { tag: HISTORY_PUSH_TAG, discrete: true },
    );
    return done;
  }
  const pieces = locate(place, fieldText, finding);
  if (!pieces) return { ok: false, message: 'The text changed since it was checked; checking again.' };
  if (pieces.length !== 1) return { ok: false, message: 'This fix spans more than one line or paragraph: make it by hand.' };
  const piece = pieces[0]!;
  replaceInLine(editors, place, place.lines[piece.line]!, piece.start, piece.end, fix);
  return done;
}
