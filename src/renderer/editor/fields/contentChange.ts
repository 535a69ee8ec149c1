// Did an update change the document, or only touch it? Lexical marks nodes dirty for things that
// are not edits (a transform registered after load, the caret moving into bold text updating a
// paragraph's text format). Only real changes may mark the story unsaved. Cheap for typing: the
// changed text node is compared first, and the first difference ends the check.
import { $isElementNode, HISTORIC_TAG, type EditorState, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';

/** The tag a field's value is loaded with: the stored content, never an edit. */
export const LOAD_TAG = 'slugline-load';

interface UpdateInfo {
  tags: Set<string>;
  editorState: EditorState;
  prevEditorState: EditorState;
  dirtyLeaves: Set<NodeKey>;
  dirtyElements: Map<NodeKey, boolean>;
}

/** A node's own content as JSON, without what only reflects the caret (text format at selection). */
function ownJson(state: EditorState, node: LexicalNode): string {
  return state.read(() => {
    const json = node.exportJSON() as unknown as Record<string, unknown>;
    delete json['textFormat'];
    delete json['textStyle'];
    const children = $isElementNode(node) ? node.getChildrenKeys() : null;
    return JSON.stringify([json, children]);
  });
}

export function hasContentChange({ tags, editorState, prevEditorState, dirtyLeaves, dirtyElements }: UpdateInfo): boolean {
  // Undo and redo replace the whole state (only the root is marked dirty): always a change.
  if (tags.has(HISTORIC_TAG)) return editorState !== prevEditorState;
  const before = prevEditorState._nodeMap;
  const after = editorState._nodeMap;
  const differs = (key: NodeKey) => {
    const a = before.get(key);
    const b = after.get(key);
    if (!a || !b) return a !== b;
    if (a === b) return false;
    return ownJson(prevEditorState, a) !== ownJson(editorState, b);
  };
  for (const key of dirtyLeaves) if (differs(key)) return true;
  for (const key of dirtyElements.keys()) if (differs(key)) return true;
  return false;
}

/** Call `onChange` after each update that changed the document: not a load, not a caret move. */
export function registerContentChangeListener(editor: LexicalEditor, onChange: () => void): () => void {
  return editor.registerUpdateListener((update) => {
    const { dirtyElements, dirtyLeaves, tags, prevEditorState } = update;
    if (tags.has(LOAD_TAG) || prevEditorState.isEmpty()) return;
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    if (hasContentChange(update)) onChange();
  });
}
