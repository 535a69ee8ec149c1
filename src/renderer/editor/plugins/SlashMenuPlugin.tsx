// Type "/" in the body for a menu of blocks to insert; keep typing to filter, arrows to move,
// Enter to choose, Escape to close. Each choice dispatches the same command as the toolbar.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $getSelection, $isRangeSelection, $isTextNode, type LexicalEditor, type LexicalNode, type TextNode } from 'lexical';
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { INSERT_FIGURE_COMMAND, SET_BLOCK_COMMAND } from '../commands';
import { toggleList } from './BlockFormatPlugin';

class BlockOption extends MenuOption {
  constructor(
    readonly label: string,
    readonly hint: string,
    readonly keywords: string[],
    readonly run: (editor: LexicalEditor) => void,
  ) {
    super(label);
  }
}

const OPTIONS: BlockOption[] = [
  new BlockOption('Paragraph', 'Plain text', ['text', 'normal', 'p'], (e) => e.dispatchCommand(SET_BLOCK_COMMAND, 'paragraph')),
  new BlockOption('Heading 2', 'Subhead', ['h2', 'subhead', 'title'], (e) => e.dispatchCommand(SET_BLOCK_COMMAND, 'h2')),
  new BlockOption('Heading 3', 'Minor subhead', ['h3', 'subhead'], (e) => e.dispatchCommand(SET_BLOCK_COMMAND, 'h3')),
  new BlockOption('Quote', 'Block quote', ['blockquote', 'citation'], (e) => e.dispatchCommand(SET_BLOCK_COMMAND, 'quote')),
  new BlockOption('Bulleted list', 'Points', ['ul', 'bullet', 'unordered'], (e) => toggleList(e, 'bullet')),
  new BlockOption('Numbered list', 'Steps', ['ol', 'number', 'ordered'], (e) => toggleList(e, 'number')),
  new BlockOption('Figure', 'Image, caption, credit, alt', ['image', 'photo', 'picture', 'img'], (e) =>
    e.dispatchCommand(INSERT_FIGURE_COMMAND, undefined),
  ),
];

export function filterBlockOptions(query: string): BlockOption[] {
  const q = query.trim().toLowerCase();
  if (!q) return OPTIONS;
  return OPTIONS.filter((o) => o.label.toLowerCase().includes(q) || o.keywords.some((k) => k.startsWith(q)));
}

/** Longest "/query" the menu reacts to (the trigger's maxLength plus the slash). */
const MAX_QUERY = 21;

/**
 * Remove whatever is left of "/query" just before the caret. Under fast typing the menu can
 * choose with a match one keystroke old and hand over only part of the query (e.g. "3" of "/h3"),
 * which would leave "/h" in the new block; this clears the rest, across split text nodes.
 */
export function $removeSlashQueryBeforeCaret(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
  let node = selection.anchor.getNode();
  if (!$isTextNode(node)) return;
  let end = selection.anchor.offset;
  const pieces: Array<{ node: TextNode; from: number; to: number }> = [];
  let length = 0;
  for (;;) {
    const text = node.getTextContent().slice(0, end);
    const slash = text.lastIndexOf('/');
    const part = slash >= 0 ? text.slice(slash + 1) : text;
    if (/\s/.test(part) || (length += part.length + (slash >= 0 ? 1 : 0)) > MAX_QUERY) return;
    pieces.push({ node, from: slash >= 0 ? slash : 0, to: end });
    if (slash >= 0) break;
    const previous: LexicalNode | null = node.getPreviousSibling();
    if (!$isTextNode(previous)) return;
    node = previous;
    end = node.getTextContentSize();
  }
  for (const piece of pieces) {
    if (piece.from === 0 && piece.to === piece.node.getTextContentSize()) piece.node.remove();
    else piece.node.spliceText(piece.from, piece.to - piece.from, '', true);
  }
}

export function SlashMenuPlugin({ parent }: { parent?: HTMLElement | null }) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const trigger = useBasicTypeaheadTriggerMatch('/', { minLength: 0, maxLength: 20 });
  const options = useMemo(() => filterBlockOptions(query ?? ''), [query]);

  const onSelect = (option: BlockOption, textNode: TextNode | null, close: () => void) => {
    editor.update(() => {
      textNode?.remove();
      $removeSlashQueryBeforeCaret();
    });
    close();
    option.run(editor);
  };

  return (
    <LexicalTypeaheadMenuPlugin<BlockOption>
      onQueryChange={setQuery}
      onSelectOption={onSelect}
      triggerFn={trigger}
      options={options}
      anchorClassName="slash-anchor"
      // Inside the story pane (its landmark), not loose at the end of the page.
      {...(parent ? { parent } : {})}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) => {
        // Lexical makes the anchor the listbox (the editor points aria-activedescendant at the
        // options); give it a name that says what the list is for.
        anchor.current?.setAttribute('aria-label', 'Insert block');
        return anchor.current && options.length
          ? createPortal(
              <ul className="slash-menu" role="presentation">
                {options.map((option, i) => (
                  <li
                    key={option.key}
                    id={`typeahead-item-${i}`}
                    role="option"
                    aria-selected={selectedIndex === i}
                    className={selectedIndex === i ? 'active' : ''}
                    ref={(el) => option.setRefElement(el)}
                    onMouseEnter={() => setHighlightedIndex(i)}
                    onMouseDown={(event) => {
                      event.preventDefault();
                      setHighlightedIndex(i);
                      selectOptionAndCleanUp(option);
                    }}
                  >
                    <span className="slash-title">{option.label}</span>
                    <span className="slash-hint">{option.hint}</span>
                  </li>
                ))}
              </ul>,
              anchor.current,
            )
          : null;
      }}
    />
  );
}
