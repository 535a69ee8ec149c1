// "Replace all" touches several editors, each with its own undo history (body and captions share
// one). This records such a change as one step: while nothing else has been done since, Undo
// anywhere in the story reverts all of it, and Redo brings all of it back.
import type { HistoryState } from '@lexical/history';
import { COMMAND_PRIORITY_CRITICAL, REDO_COMMAND, UNDO_COMMAND, mergeRegister, type LexicalEditor } from 'lexical';

interface Part {
  editor: LexicalEditor;
  history: HistoryState;
  /** Entries this change added to the stack it is undone (or redone) from. */
  count: number;
  /** The stack's length and top entry right after the change: if they differ, the person moved on.
   * (Not `history.current`: moving the caret replaces that without changing the stacks.) */
  length: number;
  top: unknown;
}

interface Step {
  direction: 'undo' | 'redo';
  parts: Part[];
}

export class CompoundHistory {
  private step: Step | null = null;
  private replaying = false;

  /** Stack lengths before a compound change, to count what it adds. */
  snapshot(targets: Array<{ editor: LexicalEditor; history: HistoryState }>): Map<HistoryState, { editor: LexicalEditor; before: number }> {
    const out = new Map<HistoryState, { editor: LexicalEditor; before: number }>();
    for (const t of targets) if (!out.has(t.history)) out.set(t.history, { editor: t.editor, before: t.history.undoStack.length });
    return out;
  }

  /** The compound change is done: Undo may now take it back as one. */
  record(snapshot: Map<HistoryState, { editor: LexicalEditor; before: number }>): void {
    const parts: Part[] = [];
    for (const [history, { editor, before }] of snapshot) {
      const count = history.undoStack.length - before;
      if (count > 0) parts.push({ editor, history, count, length: history.undoStack.length, top: history.undoStack.at(-1) });
    }
    this.step = parts.length ? { direction: 'undo', parts } : null;
  }

  /** Is a recorded step still the latest thing in every history it touched? */
  private valid(step: Step): boolean {
    return step.parts.every((p) => {
      const stack = step.direction === 'undo' ? p.history.undoStack : p.history.redoStack;
      return stack.length === p.length && stack.at(-1) === p.top;
    });
  }

  canUndo(): boolean {
    return this.step?.direction === 'undo' && this.valid(this.step);
  }

  /** Undo or redo the recorded step if it applies; true when it did. */
  private replay(direction: 'undo' | 'redo'): boolean {
    const step = this.step;
    if (this.replaying || !step || step.direction !== direction) return false;
    if (!this.valid(step)) {
      this.step = null;
      return false;
    }
    this.replaying = true;
    const parts: Part[] = [];
    try {
      for (const part of step.parts) {
        for (let i = 0; i < part.count; i++) part.editor.dispatchCommand(direction === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
        const stack = direction === 'undo' ? part.history.redoStack : part.history.undoStack;
        parts.push({ ...part, length: stack.length, top: stack.at(-1) });
      }
    } finally {
      this.replaying = false;
    }
    this.step = { direction: direction === 'undo' ? 'redo' : 'undo', parts };
    return true;
  }

  undo(): boolean {
    return this.replay('undo');
  }

  redo(): boolean {
    return this.replay('redo');
  }

  /** Let Undo/Redo in this editor take back a whole compound step first. */
  intercept(editor: LexicalEditor): () => void {
    return mergeRegister(
      editor.registerCommand(UNDO_COMMAND, () => this.undo(), COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(REDO_COMMAND, () => this.redo(), COMMAND_PRIORITY_CRITICAL),
    );
  }
}
