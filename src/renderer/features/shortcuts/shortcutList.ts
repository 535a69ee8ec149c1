// Every keyboard shortcut in one list: the overlay shows it, and the handlers match against it,
// so what is documented is what works.

export const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const MOD = IS_APPLE ? '⌘' : 'Ctrl';
const ALT = IS_APPLE ? '⌥' : 'Alt';

export type ShortcutId =
  | 'new-story'
  | 'save-revision'
  | 'shortcuts'
  | 'find'
  | 'replace'
  | 'find-next'
  | 'find-previous'
  | 'replace-all'
  | 'close'
  | 'bold'
  | 'italic'
  | 'link'
  | 'undo'
  | 'redo'
  | 'paragraph'
  | 'heading-2'
  | 'heading-3'
  | 'quote'
  | 'bulleted-list'
  | 'numbered-list'
  | 'insert-figure'
  | 'slash-menu'
  | 'next-field'
  | 'previous-field'
  | 'checks-move'
  | 'checks-jump'
  | 'checks-fix'
  | 'checks-waive'
  | 'checks-unwaive';

interface Combo {
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
  /** KeyboardEvent.key (lower-cased letters) … */
  key?: string;
  /** … or KeyboardEvent.code, for digits whose key changes with Shift/Alt and the layout. */
  code?: string;
}

export interface Shortcut {
  id: ShortcutId;
  group: 'Story' | 'Find and replace' | 'Text' | 'Blocks' | 'Moving around' | 'Checks panel';
  label: string;
  /** As shown to the person. */
  keys: string[];
  combo?: Combo;
}

const k = (...parts: string[]) => parts.join('+');

export const SHORTCUTS: Shortcut[] = [
  { id: 'new-story', group: 'Story', label: 'New story', keys: [k(MOD, ALT, 'N')], combo: { mod: true, alt: true, key: 'n' } },
  { id: 'save-revision', group: 'Story', label: 'Save a named revision', keys: [k(MOD, 'S')], combo: { mod: true, key: 's' } },
  { id: 'shortcuts', group: 'Story', label: 'Show keyboard shortcuts (outside a text field)', keys: ['?', k(MOD, '/')] },
  { id: 'close', group: 'Story', label: 'Close a dialog, menu or the find bar', keys: ['Esc'] },

  { id: 'find', group: 'Find and replace', label: 'Find in the story', keys: [k(MOD, 'F')], combo: { mod: true, key: 'f' } },
  { id: 'replace', group: 'Find and replace', label: 'Find and replace', keys: [k(MOD, 'H')], combo: { mod: true, key: 'h' } },
  { id: 'find-next', group: 'Find and replace', label: 'Next match', keys: ['Enter', 'F3'] },
  { id: 'find-previous', group: 'Find and replace', label: 'Previous match', keys: [k('Shift', 'Enter'), k('Shift', 'F3')] },
  { id: 'replace-all', group: 'Find and replace', label: 'Replace all (in the replace box)', keys: [k(MOD, ALT, 'Enter')] },

  { id: 'bold', group: 'Text', label: 'Bold (body, captions)', keys: [k(MOD, 'B')] },
  { id: 'italic', group: 'Text', label: 'Italic (body, captions, headline, deck)', keys: [k(MOD, 'I')] },
  { id: 'link', group: 'Text', label: 'Insert or edit a link', keys: [k(MOD, 'K')], combo: { mod: true, key: 'k' } },
  { id: 'undo', group: 'Text', label: 'Undo', keys: [k(MOD, 'Z')] },
  { id: 'redo', group: 'Text', label: 'Redo', keys: [k(MOD, 'Shift', 'Z'), ...(IS_APPLE ? [] : [k(MOD, 'Y')])] },

  { id: 'paragraph', group: 'Blocks', label: 'Paragraph', keys: [k(MOD, ALT, '0')], combo: { mod: true, alt: true, code: 'Digit0' } },
  {
    id: 'heading-2',
    group: 'Blocks',
    label: 'Subhead (Heading 2)',
    keys: [k(MOD, ALT, '2'), '## '],
    combo: { mod: true, alt: true, code: 'Digit2' },
  },
  {
    id: 'heading-3',
    group: 'Blocks',
    label: 'Minor subhead (Heading 3)',
    keys: [k(MOD, ALT, '3'), '### '],
    combo: { mod: true, alt: true, code: 'Digit3' },
  },
  {
    id: 'quote',
    group: 'Blocks',
    label: 'Block quote',
    keys: [k(MOD, 'Shift', '9'), '> '],
    combo: { mod: true, shift: true, code: 'Digit9' },
  },
  {
    id: 'bulleted-list',
    group: 'Blocks',
    label: 'Bulleted list',
    keys: [k(MOD, 'Shift', '8'), '- '],
    combo: { mod: true, shift: true, code: 'Digit8' },
  },
  {
    id: 'numbered-list',
    group: 'Blocks',
    label: 'Numbered list',
    keys: [k(MOD, 'Shift', '7'), '1. '],
    combo: { mod: true, shift: true, code: 'Digit7' },
  },
  {
    id: 'insert-figure',
    group: 'Blocks',
    label: 'Insert a figure (image)',
    keys: [k(MOD, ALT, 'F')],
    combo: { mod: true, alt: true, key: 'f' },
  },
  { id: 'slash-menu', group: 'Blocks', label: 'Block menu (type to filter, arrows, Enter)', keys: ['/'] },

  {
    id: 'next-field',
    group: 'Moving around',
    label: 'Next field',
    keys: [k(MOD, ALT, '↓'), 'Tab'],
    combo: { mod: true, alt: true, key: 'arrowdown' },
  },
  {
    id: 'previous-field',
    group: 'Moving around',
    label: 'Previous field',
    keys: [k(MOD, ALT, '↑'), k('Shift', 'Tab')],
    combo: { mod: true, alt: true, key: 'arrowup' },
  },

  // Handled by the Checks side tab's list (features/checks/ChecksTab.tsx), on a focused finding.
  { id: 'checks-move', group: 'Checks panel', label: 'Previous or next finding (first, last)', keys: ['↑', '↓', 'Home', 'End'] },
  { id: 'checks-jump', group: 'Checks panel', label: 'Jump to the finding in the text', keys: ['Enter'] },
  { id: 'checks-fix', group: 'Checks panel', label: 'Apply the finding’s fix', keys: ['F'] },
  { id: 'checks-waive', group: 'Checks panel', label: 'Waive the finding (with a reason)', keys: ['W'] },
  { id: 'checks-unwaive', group: 'Checks panel', label: 'Un-waive a waived finding', keys: ['U'] },
];

const byId = new Map(SHORTCUTS.map((s) => [s.id, s]));

export function shortcut(id: ShortcutId): Shortcut {
  return byId.get(id)!;
}

/** The first key combination of a shortcut, for titles and tooltips ("Bold (Ctrl+B)"). */
export function keysOf(id: ShortcutId): string {
  return shortcut(id).keys[0] ?? '';
}

/** Does this key event press the shortcut's combination (exactly: no extra modifiers)? */
export function matches(id: ShortcutId, event: KeyboardEvent): boolean {
  const combo = shortcut(id).combo;
  if (!combo) return false;
  const mod = IS_APPLE ? event.metaKey : event.ctrlKey;
  const otherMod = IS_APPLE ? event.ctrlKey : event.metaKey;
  if (Boolean(combo.mod) !== mod || otherMod) return false;
  if (Boolean(combo.alt) !== event.altKey || Boolean(combo.shift) !== event.shiftKey) return false;
  if (combo.code) return event.code === combo.code;
  if (event.key.toLowerCase() === combo.key) return true;
  return combo.key !== undefined && combo.key.length === 1 && event.code === `Key${combo.key.toUpperCase()}`;
}
