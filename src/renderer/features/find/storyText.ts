// The story's editable text as find sees it: every line of every field (body blocks, list items,
// caption paragraphs, photo credits and alt text too), each with a map from its offsets back to
// Lexical text nodes — and applying planned edits through that map in one update per editor.
import { $isListItemNode, $isListNode } from '@lexical/list';
import {
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  HISTORY_PUSH_TAG,
  type ElementNode,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { $isFigureNode } from '../../editor/nodes/FigureNode';
import { $isTagNode } from '../../editor/nodes/TagNode';
import { FIELD_LABELS, type FieldId, type RegisteredEditor } from '../../editor/fields/storyEditors';
import type { PlannedEdit } from './findEngine';

export interface TextRun {
  key: NodeKey;
  start: number;
  end: number;
}

interface SegmentBase {
  field: FieldId;
  /** What the person calls this place: "Headline", "Body", "Caption 2", "Photo credit 1"… */
  label: string;
  editor: LexicalEditor;
  text: string;
}
export type Segment =
  (SegmentBase & { kind: 'text'; runs: TextRun[] }) | (SegmentBase & { kind: 'figure'; figureKey: NodeKey; prop: 'credit' | 'alt' });

/** One segment per line of inline content: matches never cross a block or a line break. */
function $linesOf(block: ElementNode, push: (text: string, runs: TextRun[]) => void): void {
  let text = '';
  let runs: TextRun[] = [];
  const flush = () => {
    push(text, runs);
    text = '';
    runs = [];
  };
  const walk = (element: ElementNode) => {
    for (const child of element.getChildren()) {
      if ($isLineBreakNode(child)) flush();
      else if ($isTextNode(child) && !$isTagNode(child)) {
        const value = child.getTextContent();
        runs.push({ key: child.getKey(), start: text.length, end: text.length + value.length });
        text += value;
      } else if ($isListNode(child)) {
        // A nested list's items are their own lines.
        flush();
        $listLines(child, push);
      } else if ($isElementNode(child)) walk(child);
    }
  };
  walk(block);
  flush();
}

function $listLines(list: ElementNode, push: (text: string, runs: TextRun[]) => void): void {
  for (const item of list.getChildren()) if ($isListItemNode(item)) $linesOf(item, push);
}

/** Segments of one editor (a caption editor is read in its own state). */
function $editorSegments(entry: { field: FieldId; label: string; editor: LexicalEditor }, out: Segment[]): void {
  const push = (text: string, runs: TextRun[]) => {
    if (text) out.push({ kind: 'text', field: entry.field, label: entry.label, editor: entry.editor, text, runs });
  };
  let figures = 0;
  for (const block of $getRoot().getChildren()) {
    if ($isFigureNode(block)) {
      figures++;
      const caption = block.getCaptionEditor();
      caption.getEditorState().read(() => $editorSegments({ field: entry.field, label: `Caption ${figures}`, editor: caption }, out));
      for (const prop of ['credit', 'alt'] as const) {
        const text = prop === 'credit' ? block.getCredit() : block.getAlt();
        const label = `${prop === 'credit' ? 'Photo credit' : 'Alt text'} ${figures}`;
        if (text) out.push({ kind: 'figure', field: entry.field, label, editor: entry.editor, text, figureKey: block.getKey(), prop });
      }
    } else if ($isListNode(block)) {
      $listLines(block, push);
    } else if ($isElementNode(block)) {
      $linesOf(block, push);
    }
  }
}

/** Every searchable segment of the story, in page order (tags are not searched). */
export function storySegments(fields: readonly RegisteredEditor[]): Segment[] {
  const out: Segment[] = [];
  for (const field of fields) {
    if (field.id === 'tags') continue;
    field.editor
      .getEditorState()
      .read(() => $editorSegments({ field: field.id, label: FIELD_LABELS[field.id], editor: field.editor }, out));
  }
  return out;
}

/** Replace [start, end) of a text segment, keeping the format of the first node touched. */
function $replaceInRuns(runs: TextRun[], start: number, end: number, text: string): void {
  const touched = runs.filter((r) => r.end > start && r.start < end);
  // A match that starts exactly at the end of one run begins in the next one.
  touched.forEach((run, i) => {
    const node = $getNodeByKey(run.key);
    if (!$isTextNode(node)) return;
    const from = Math.max(start, run.start) - run.start;
    const to = Math.min(end, run.end) - run.start;
    node.spliceText(from, to - from, i === 0 ? text : '', false);
  });
}

/**
 * Apply edits (planned over `segments`) with one undoable update per editor, committed at once
 * so the histories hold exactly one entry each. Returns the editors changed.
 */
export function applyStoryEdits(segments: readonly Segment[], edits: readonly PlannedEdit[]): LexicalEditor[] {
  const byEditor = new Map<LexicalEditor, PlannedEdit[]>();
  for (const edit of edits) {
    const segment = segments[edit.segment];
    if (!segment) continue;
    const list = byEditor.get(segment.editor) ?? [];
    list.push(edit);
    byEditor.set(segment.editor, list);
  }
  for (const [editor, list] of byEditor) {
    editor.update(
      () => {
        // Property edits are applied to the property's latest text, end first (the plan's order).
        for (const edit of list) {
          const segment = segments[edit.segment]!;
          if (segment.kind === 'text') {
            $replaceInRuns(segment.runs, edit.start, edit.end, edit.text);
          } else {
            const node = $getNodeByKey(segment.figureKey);
            if (!$isFigureNode(node)) continue;
            const current = segment.prop === 'credit' ? node.getCredit() : node.getAlt();
            const next = current.slice(0, edit.start) + edit.text + current.slice(edit.end);
            if (segment.prop === 'credit') node.setCredit(next);
            else node.setAlt(next);
          }
        }
      },
      { tag: HISTORY_PUSH_TAG, discrete: true },
    );
  }
  return [...byEditor.keys()];
}
