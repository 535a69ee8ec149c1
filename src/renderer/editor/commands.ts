// Commands the toolbar, slash menu and shortcuts dispatch; plugins do the work (the toolbar never
// touches nodes itself).
import { createCommand, type LexicalCommand } from 'lexical';

export type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote';

/** Turn the selected blocks into this type (the same type again turns them back into paragraphs). */
export const SET_BLOCK_COMMAND: LexicalCommand<BlockType> = createCommand('SET_BLOCK_COMMAND');

/** Insert a figure: with files (dropped, pasted) or, without, after asking for one. */
export const INSERT_FIGURE_COMMAND: LexicalCommand<{ files?: File[] } | undefined> = createCommand('INSERT_FIGURE_COMMAND');

/** Open the link editor for the selection (insert or edit a link). */
export const OPEN_LINK_EDITOR_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_EDITOR_COMMAND');
