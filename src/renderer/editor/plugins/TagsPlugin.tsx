// The Tags field's behaviour: comma or Enter turns the typed text into a tag token, Backspace on an
// empty input turns the last token back into text, pasted lists split on commas and lines, and
// the typed text is offered tags already in the database (a listbox driven by arrows and Enter).
import { mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  BLUR_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_HIGH,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  PASTE_COMMAND,
  TextNode,
  type LexicalEditor,
} from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { repairText } from '../../../shared/ingest/repair';
import { call } from '../../bridge';
import { $createTagNode, $isTagNode, canonicalTags } from '../nodes/TagNode';

/** The text typed after the last token (what the autocomplete looks up). */
export function $pendingTagText(): string {
  const block = $getRoot().getFirstChild();
  if (!$isElementNode(block)) return '';
  return block
    .getChildren()
    .filter((n) => $isTextNode(n) && !$isTagNode(n))
    .map((n) => n.getTextContent())
    .join('');
}

export function $tagsOf(): string[] {
  const block = $getRoot().getFirstChild();
  if (!$isElementNode(block)) return [];
  return block
    .getChildren()
    .filter($isTagNode)
    .map((n) => n.getTextContent());
}

/** Turn every typed piece of text into tokens (split on commas); keeps the caret at the end. */
export function $tokenize(extra?: string): void {
  const block = $getRoot().getFirstChild();
  if (!$isElementNode(block)) return;
  const existing = new Set($tagsOf().map((t) => t.toLowerCase()));
  const pieces: string[] = [];
  for (const node of block.getChildren()) {
    if ($isTextNode(node) && !$isTagNode(node)) {
      pieces.push(...node.getTextContent().split(/[,\n]/));
      node.remove();
    } else if (!$isTagNode(node)) {
      node.remove();
    }
  }
  if (extra !== undefined) pieces.push(extra);
  for (const tag of canonicalTags(pieces)) {
    if (existing.has(tag.toLowerCase())) continue;
    existing.add(tag.toLowerCase());
    block.append($createTagNode(tag));
  }
  block.selectEnd();
}

export interface TagSuggestions {
  options: string[];
  active: number;
}

function choose(editor: LexicalEditor, tag: string) {
  editor.update(() => $tokenize(tag));
}

export function useTagsBehaviour(editor: LexicalEditor, listboxId: string) {
  const [suggest, setSuggest] = useState<TagSuggestions>({ options: [], active: -1 });
  const state = useRef(suggest);
  state.current = suggest;
  const close = useCallback(() => setSuggest({ options: [], active: -1 }), []);

  // Look up suggestions for the typed text (debounced; stale answers are dropped).
  useEffect(() => {
    let timer: number | null = null;
    let asked = '';
    const unregister = editor.registerTextContentListener(() => {
      const { pending, tags } = editor.getEditorState().read(() => ({ pending: $pendingTagText().trim(), tags: $tagsOf() }));
      if (timer !== null) window.clearTimeout(timer);
      if (!pending || pending.includes(',')) {
        asked = '';
        setSuggest({ options: [], active: -1 });
        return;
      }
      timer = window.setTimeout(() => {
        asked = pending;
        call('tagList', { prefix: pending, limit: 12 }).then(
          (result) => {
            if (asked !== pending) return;
            const taken = new Set(tags.map((t) => t.toLowerCase()));
            const options = result.tags
              .map((t) => t.name)
              .filter((name) => !taken.has(name.toLowerCase()) && name.toLowerCase().startsWith(pending.toLowerCase()))
              .slice(0, 8);
            setSuggest({ options, active: -1 });
          },
          () => setSuggest({ options: [], active: -1 }),
        );
      }, 120);
    });
    return () => {
      if (timer !== null) window.clearTimeout(timer);
      unregister();
    };
  }, [editor]);

  useEffect(() => {
    const step = (delta: 1 | -1) => (event: KeyboardEvent | null) => {
      const { options, active } = state.current;
      if (options.length === 0) return false;
      event?.preventDefault();
      const next = active < 0 ? (delta === 1 ? 0 : options.length - 1) : (active + delta + options.length) % options.length;
      setSuggest({ options, active: next });
      return true;
    };
    return mergeRegister(
      editor.registerCommand(KEY_ARROW_DOWN_COMMAND, step(1), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_UP_COMMAND, step(-1), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        () => {
          if (state.current.options.length === 0) return false;
          close();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          event?.preventDefault();
          const { options, active } = state.current;
          const picked = active >= 0 ? options[active] : undefined;
          if (picked) $tokenizeWith(picked);
          else $tokenize();
          close();
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.key !== ',' || event.ctrlKey || event.metaKey || event.altKey) return false;
          event.preventDefault();
          editor.update(() => $tokenize());
          close();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_BACKSPACE_COMMAND,
        (event) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
          if ($pendingTagText() !== '') return false;
          const tags = $getRoot().getFirstChild();
          if (!$isElementNode(tags)) return false;
          const last = tags.getLastChild();
          if (!$isTagNode(last)) return false;
          event?.preventDefault();
          // The last tag becomes editable text again, caret at its end.
          const text = $createTextNode(last.getTextContent());
          last.replace(text);
          text.select();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
          event.preventDefault();
          const text = repairText(event.clipboardData.getData('text/plain')).text;
          $tokenize(undefined);
          for (const piece of text.split(/[,\n;]/)) $tokenize(piece);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          editor.update(() => {
            if ($pendingTagText().trim()) $tokenize();
          });
          close();
          return false;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      // Only tags and the text being typed live here: formats and other nodes are dropped.
      editor.registerNodeTransform(TextNode, (node) => {
        if (node.getFormat() !== 0) node.setFormat(0);
      }),
    );
  }, [editor, close]);

  const pick = useCallback(
    (tag: string) => {
      choose(editor, tag);
      close();
    },
    [editor, close],
  );

  return { suggest, pick, close, listboxId };
}

/** Replace the typed text with a chosen suggestion. */
function $tokenizeWith(tag: string): void {
  const block = $getRoot().getFirstChild();
  if (!$isElementNode(block)) return;
  for (const node of block.getChildren()) if ($isTextNode(node) && !$isTagNode(node)) node.remove();
  $tokenize(tag);
}
