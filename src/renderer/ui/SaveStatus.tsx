// The save-state indicator (role=status): Saved, Saving…, Unsaved changes, or what went wrong.
import type { SaveState } from '../features/story/useStoryDraft';

export function saveStatusText(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'saved':
      return 'Saved';
    case 'dirty':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'error':
      return state.message;
    case 'conflict':
      return 'Not saved: changed elsewhere';
  }
}

export function SaveStatus({ state }: { state: SaveState }) {
  const text = saveStatusText(state);
  return (
    <span
      role="status"
      aria-live="polite"
      className={`save-status save-${state.kind}`}
      title={state.kind === 'saved' ? `Saved ${new Date(state.at).toLocaleString()}` : text}
    >
      {text}
    </span>
  );
}
