// The story pane: the open story's bar (status, save state, revision, find, shortcuts), the
// conflict banner, and its fields as Lexical editors (StoryFields, recreated per story).
import { useRef } from 'react';
import { STATUS_LABELS } from '../../../shared/story/model';
import '../../editor/editor.css';
import { SaveStatus } from '../../ui/SaveStatus';
import type { FindMode } from '../find/FindPanel';
import { keysOf } from '../shortcuts/shortcutList';
import { StoryFields } from './StoryFields';
import type { StoryDraft } from './useStoryDraft';

export function StoryEditor({ draft: d, focusHeadline = false }: { draft: StoryDraft; focusHeadline?: boolean }) {
  const commands = useRef<{ openFind(mode: FindMode): void; openShortcuts(): void } | null>(null);
  const story = d.story;
  const fields = d.draft;

  if (d.loadError)
    return (
      <div className="pane story-pane empty" role="alert">
        {d.loadError}
      </div>
    );
  if (!story || !fields) return <div className="pane story-pane empty">Choose a story on the left, or start a new one.</div>;

  return (
    <main className="pane story-pane" aria-label="Story">
      <div className="story-bar">
        <span className={`status-chip status-${story.status}`}>{STATUS_LABELS[story.status]}</span>
        <span className="story-id">
          #{story.id} · v{story.version}
        </span>
        <SaveStatus state={d.saveState} />
        <button
          type="button"
          onClick={() => commands.current?.openFind('find')}
          title={`Find and replace (${keysOf('find')}, ${keysOf('replace')})`}
        >
          Find
        </button>
        <button
          type="button"
          onClick={() => commands.current?.openShortcuts()}
          title="Keyboard shortcuts (?)"
          aria-label="Keyboard shortcuts"
        >
          ⌨
        </button>
        <button type="button" onClick={() => void d.saveRevision()} title={`Save a named revision (${keysOf('save-revision')})`}>
          Save revision
        </button>
      </div>
      {d.saveState.kind === 'conflict' && (
        <div className="banner warning" role="alert">
          <p>
            Someone saved this story elsewhere while you were editing. Your text is safe: it is on screen and kept in the story's history.
          </p>
          <div className="banner-actions">
            <button type="button" onClick={() => void d.resolveConflict('theirs')}>
              Load their version
            </button>
            <button type="button" onClick={() => void d.resolveConflict('mine')}>
              Keep mine (save over theirs)
            </button>
          </div>
        </div>
      )}
      <StoryFields key={story.id} story={story} fields={fields} draft={d} focusHeadline={focusHeadline} commandsRef={commands} />
    </main>
  );
}
