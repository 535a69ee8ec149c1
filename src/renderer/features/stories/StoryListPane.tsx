// Left pane: search box, status filter, and the list of stories (keyboard: arrows move, Enter opens).
import { useRef, useState, type KeyboardEvent } from 'react';
import { STATUS_LABELS, STORY_STATUSES, type StoryStatus } from '../../../shared/story/model';
import { Highlighted } from '../../ui/Highlighted';
import { useStoryList } from './useStoryList';

interface Props {
  selectedId: number | null;
  onSelect(id: number): void;
  onCreate(): void;
  creating: boolean;
}

function when(iso: string): string {
  const d = new Date(iso);
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay
    ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString([], { month: 'short', day: 'numeric' });
}

export function StoryListPane({ selectedId, onSelect, onCreate, creating }: Props) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<StoryStatus | 'all'>('all');
  const list = useStoryList(text, status);
  const listRef = useRef<HTMLUListElement>(null);

  const moveFocus = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button.story-item') ?? []);
    const index = buttons.findIndex((b) => b === document.activeElement);
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    next?.focus();
    event.preventDefault();
  };

  return (
    <nav className="pane list-pane" aria-label="Story list">
      <div className="list-tools">
        <button type="button" className="primary" onClick={onCreate} disabled={creating}>
          New story
        </button>
        <input
          type="search"
          aria-label="Search stories"
          placeholder="Search stories"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') listRef.current?.querySelector<HTMLButtonElement>('button.story-item')?.focus();
          }}
        />
        <label className="inline-label">
          <span>Status</span>
          <select aria-label="Status filter" value={status} onChange={(e) => setStatus(e.target.value as StoryStatus | 'all')}>
            <option value="all">All active</option>
            {STORY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="list-count" aria-live="polite">
        {list.loading
          ? 'Loading…'
          : list.error
            ? list.error
            : `${list.total} ${list.total === 1 ? 'story' : 'stories'}${text.trim() ? ' found' : ''}`}
      </p>
      <ul className="story-list" aria-label="Stories" ref={listRef} onKeyDown={moveFocus}>
        {list.items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className={`story-item${item.id === selectedId ? ' selected' : ''}`}
              aria-current={item.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(item.id)}
            >
              <span className="story-item-head">
                <span className={`status-chip status-${item.status}`}>{STATUS_LABELS[item.status]}</span>
                <span className="story-item-time">{when(item.updated)}</span>
              </span>
              <span className="story-item-headline">{item.headline || 'Untitled story'}</span>
              {item.snippet ? (
                <Highlighted className="story-item-snippet" html={item.snippet} />
              ) : (
                <span className="story-item-meta">{[item.slug, item.byline].filter(Boolean).join(' · ')}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
