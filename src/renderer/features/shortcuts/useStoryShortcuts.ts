// Window-level shortcuts for the open story: find, replace, next/previous field and the
// shortcuts overlay. (Save and new story live in App; formatting lives in the editors.)
import { useEffect } from 'react';
import type { FieldId, StoryEditors } from '../../editor/fields/storyEditors';
import { matches } from './shortcutList';

/** Is the focus somewhere typing happens (so "?" is a character, not a command)? */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

/** Move the caret to the next (or previous) field in page order. */
export function focusField(editors: StoryEditors, from: FieldId | undefined, delta: 1 | -1): boolean {
  const present = editors.list().map((f) => f.id);
  if (present.length === 0) return false;
  const index = from ? present.indexOf(from) : -1;
  const next = index < 0 ? (delta === 1 ? present[0] : present[present.length - 1]) : present[index + delta];
  if (!next) return false;
  editors.get(next)?.editor.focus(undefined, { defaultSelection: 'rootEnd' });
  return true;
}

export interface StoryShortcutActions {
  openFind(mode: 'find' | 'replace'): void;
  openShortcuts(): void;
}

export function useStoryShortcuts(editors: StoryEditors | null, actions: StoryShortcutActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (matches('find', event) || matches('replace', event)) {
        event.preventDefault();
        actions.openFind(matches('replace', event) ? 'replace' : 'find');
        return;
      }
      const question = event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
      if ((question && !event.defaultPrevented) || ((event.ctrlKey || event.metaKey) && event.key === '/')) {
        event.preventDefault();
        actions.openShortcuts();
        return;
      }
      if (editors && (matches('next-field', event) || matches('previous-field', event))) {
        event.preventDefault();
        focusField(editors, editors.focused()?.id, matches('next-field', event) ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editors, actions]);
}
