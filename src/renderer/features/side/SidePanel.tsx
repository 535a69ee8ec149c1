// Right pane: tabs for what sits beside the open story (details, history, and what later
// features add). Each tab is its own component, registered in sideTabs.tsx.
import { useState } from 'react';
import type { Story } from '../../../shared/story/model';
import type { StoryDraft } from '../story/useStoryDraft';
import { sideTabs } from './sideTabs';

export interface SideTabProps {
  story: Story;
  draft: StoryDraft;
  /** Another action changed the story (status, restore…): adopt it without losing local edits. */
  onStoryChanged(story: Story): void;
}

export function SidePanel({ draft }: { draft: StoryDraft }) {
  const [active, setActive] = useState(sideTabs[0]!.id);
  const story = draft.story;
  if (!story) return <aside className="pane side-pane" aria-label="Story details" />;
  const tab = sideTabs.find((t) => t.id === active) ?? sideTabs[0]!;
  const Panel = tab.component;
  return (
    <aside className="pane side-pane" aria-label="Story details">
      <div role="tablist" aria-label="Side panel" className="side-tabs">
        {sideTabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`side-tab-${t.id}`}
            aria-selected={t.id === tab.id}
            aria-controls={`side-panel-${t.id}`}
            tabIndex={t.id === tab.id ? 0 : -1}
            className={t.id === tab.id ? 'active' : ''}
            onClick={() => setActive(t.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const i = sideTabs.findIndex((x) => x.id === tab.id);
              const next = sideTabs[(i + (e.key === 'ArrowRight' ? 1 : sideTabs.length - 1)) % sideTabs.length]!;
              setActive(next.id);
              document.getElementById(`side-tab-${next.id}`)?.focus();
            }}
          >
            {t.label}
            {t.indicator && <t.indicator story={story} />}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`side-panel-${tab.id}`} aria-labelledby={`side-tab-${tab.id}`} className="side-panel-body">
        <Panel story={story} draft={draft} onStoryChanged={draft.adopt} />
      </div>
    </aside>
  );
}
