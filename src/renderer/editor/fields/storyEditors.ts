// The editors of the open story, by field: find and replace walks them, field navigation moves
// between them, and replace-all's undo reaches their histories. One registry per open story.
import type { HistoryState } from '@lexical/history';
import type { LexicalEditor } from 'lexical';
import { createContext, useContext } from 'react';
import { CompoundHistory } from './compoundHistory';

export type FieldId = 'headline' | 'deck' | 'byline' | 'dateline' | 'body' | 'credit' | 'copyright' | 'tags';

/** Page order: find visits fields in this order, and so do next/previous field. */
export const FIELD_ORDER: readonly FieldId[] = ['headline', 'deck', 'byline', 'dateline', 'body', 'credit', 'copyright', 'tags'];

export const FIELD_LABELS: Record<FieldId, string> = {
  headline: 'Headline',
  deck: 'Deck',
  byline: 'Byline',
  dateline: 'Dateline',
  body: 'Body',
  credit: 'Credit',
  copyright: 'Copyright',
  tags: 'Tags',
};

export interface RegisteredEditor {
  id: FieldId;
  editor: LexicalEditor;
  history: HistoryState;
}

export class StoryEditors {
  private readonly fields = new Map<FieldId, RegisteredEditor>();
  /** Replace-all's one-step undo across the fields' histories. */
  readonly history = new CompoundHistory();

  register(entry: RegisteredEditor): () => void {
    this.fields.set(entry.id, entry);
    const release = this.history.intercept(entry.editor);
    return () => {
      release();
      if (this.fields.get(entry.id) === entry) this.fields.delete(entry.id);
    };
  }

  get(id: FieldId): RegisteredEditor | undefined {
    return this.fields.get(id);
  }

  /** Registered editors in page order. */
  list(): RegisteredEditor[] {
    return FIELD_ORDER.map((id) => this.fields.get(id)).filter((f): f is RegisteredEditor => Boolean(f));
  }

  /** The field whose editor (or a caption inside it) holds the focus, if any. */
  focused(): RegisteredEditor | undefined {
    const active = document.activeElement;
    if (!active) return undefined;
    return this.list().find((f) => {
      const root = f.editor.getRootElement();
      return root !== null && (root === active || root.contains(active));
    });
  }
}

export const StoryEditorsContext = createContext<StoryEditors | null>(null);

export function useStoryEditors(): StoryEditors | null {
  return useContext(StoryEditorsContext);
}
