// The workstation: story list, the open story, and its side panel.
import { useCallback, useEffect, useState } from 'react';
import { call } from './bridge';
import { BackupsControl } from './features/backups/BackupsControl';
import { CaptionsView } from './features/captions/CaptionsView';
import { ClaimBadge } from './features/claims/ClaimBadge';
import { BatchExportControl } from './features/export/BatchExportControl';
import { ClaimProvider } from './features/claims/ClaimContext';
import { claimDraftOf } from './features/claims/claimDraft';
import { ImportControl } from './features/import/ImportControl';
import { PreferencesControl } from './features/preferences/PreferencesControl';
import { StoryListPane } from './features/stories/StoryListPane';
import { SidePanel } from './features/side/SidePanel';
import { StoryEditor } from './features/story/StoryEditor';
import { useStoryDraft } from './features/story/useStoryDraft';

export function App() {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // A new story opens with the cursor in its headline.
  const [focusHeadlineOf, setFocusHeadlineOf] = useState<number | null>(null);
  const draft = useStoryDraft(selectedId);
  // The desk's multi-selection, for batch export.
  const [deskSelection, setDeskSelection] = useState<number[]>([]);
  // The copy desk's full views (the desk itself, or every figure across stories).
  const [view, setView] = useState<'desk' | 'captions'>('desk');
  const draftOf = useCallback((id: number) => claimDraftOf(draft, id), [draft]);

  const createStory = useCallback(async () => {
    setCreating(true);
    try {
      await draft.flush();
      const story = await call('storyCreate', {});
      setFocusHeadlineOf(story.id);
      setSelectedId(story.id);
    } catch (err) {
      setNotice((err as Error).message);
    } finally {
      setCreating(false);
    }
  }, [draft]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void draft.saveRevision();
      } else if (mod && event.altKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        void createStory();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [draft, createStory]);

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">Slugline</h1>
        <div className="topbar-actions">
          <ImportControl onOpenStory={setSelectedId} />
          <BackupsControl />
          <BatchExportControl selectedIds={deskSelection} onOpenStory={setSelectedId} />
          <button type="button" aria-pressed={view === 'captions'} onClick={() => setView((v) => (v === 'captions' ? 'desk' : 'captions'))}>
            Captions &amp; credits
          </button>
          <PreferencesControl />
        </div>
        {notice && (
          <p role="alert" className="error-text">
            {notice}
          </p>
        )}
      </header>
      <ClaimProvider storyId={selectedId} draftOf={draftOf}>
        {view === 'captions' && (
          <CaptionsView
            onClose={() => setView('desk')}
            onOpenStory={(id) => {
              setSelectedId(id);
              setView('desk');
            }}
          />
        )}
        <div className="workspace" hidden={view !== 'desk'}>
          <StoryListPane
            selectedId={selectedId}
            onSelect={setSelectedId}
            onCreate={() => void createStory()}
            creating={creating}
            onSelectionChange={setDeskSelection}
          />
          <div className="story-column">
            <ClaimBadge storyId={selectedId} />
            <StoryEditor draft={draft} focusHeadline={focusHeadlineOf !== null && focusHeadlineOf === draft.story?.id} />
          </div>
          <SidePanel draft={draft} />
        </div>
      </ClaimProvider>
    </div>
  );
}
