// The desk (left pane): New story, search (results as you type, combined with the filters), the
// status tabs with counts, and the list — keyboard-driven, with multi-select and bulk actions.
//   ↑/↓ move · Enter opens · Space selects · Shift+↑/↓ or Shift+click a range · Ctrl/Cmd+click
//   toggles · Ctrl/Cmd+A selects all shown · Escape clears the selection.
import { useEffect, useReducer, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { mySeat } from '../claims/seat';
import { BulkBar, BulkSummary, type BulkSummaryData } from '../desk/BulkBar';
import { DeskFilters } from '../desk/DeskFilters';
import { DeskRow } from '../desk/DeskRow';
import { DeskTabs } from '../desk/DeskTabs';
import { emptySelection, selectionReducer } from '../desk/selection';
import { NO_FILTERS, useDesk, type DeskFilterState, type DeskTab } from '../desk/useDesk';

interface Props {
  selectedId: number | null;
  onSelect(id: number): void;
  onCreate(): void;
  creating: boolean;
  /** The multi-selection, in desk order, whenever it changes (batch export uses it). */
  onSelectionChange?(ids: number[]): void;
}

function countLine(total: number, capped: boolean, searching: boolean, rankedAmong: number | null): string {
  const n = `${total.toLocaleString()}${capped ? '+' : ''}`;
  const line = `${n} ${total === 1 && !capped ? 'story' : 'stories'}${searching ? ' found' : ''}`;
  return rankedAmong ? `${line}, best matches among the newest ${rankedAmong.toLocaleString()}` : line;
}

export function StoryListPane({ selectedId, onSelect, onCreate, creating, onSelectionChange }: Props) {
  const [text, setText] = useState('');
  const [tab, setTab] = useState<DeskTab>('active');
  const [filters, setFilters] = useState<DeskFilterState>(NO_FILTERS);
  const [selection, dispatch] = useReducer(selectionReducer, emptySelection);
  const [summary, setSummary] = useState<BulkSummaryData | null>(null);
  const desk = useDesk(tab, text, filters);
  const listRef = useRef<HTMLUListElement>(null);
  const order = desk.items.map((i) => i.id);
  const orderKey = order.join(',');
  const seat = mySeat();

  useEffect(() => {
    dispatch({ type: 'keep', order: orderKey ? orderKey.split(',').map(Number) : [] });
  }, [orderKey]);
  useEffect(() => {
    const shown = orderKey ? orderKey.split(',').map(Number) : [];
    onSelectionChange?.(shown.filter((id) => selection.ids.has(id)));
  }, [selection.ids, orderKey, onSelectionChange]);

  const rows = () => Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button.story-item') ?? []);
  const idOf = (el: Element | null) => Number((el as HTMLElement | null)?.dataset['id'] ?? NaN);

  const open = (id: number, event: MouseEvent<HTMLButtonElement>) => {
    if (event.shiftKey) dispatch({ type: 'range', id, order });
    else if (event.ctrlKey || event.metaKey) dispatch({ type: 'toggle', id });
    else {
      dispatch({ type: 'anchor', id });
      onSelect(id);
    }
  };

  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    const current = idOf(document.activeElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const list = rows();
      const index = list.findIndex((b) => b === document.activeElement);
      const next = list[Math.max(0, Math.min(list.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))];
      next?.focus();
      if (event.shiftKey && next) {
        if (selection.anchor === null && !Number.isNaN(current)) dispatch({ type: 'anchor', id: current });
        dispatch({ type: 'range', id: idOf(next), order });
      }
    } else if (event.key === ' ' && !Number.isNaN(current)) {
      dispatch({ type: 'toggle', id: current });
    } else if (mod && event.key.toLowerCase() === 'a') {
      dispatch({ type: 'all', order });
    } else if (event.key === 'Escape' && selection.ids.size) {
      dispatch({ type: 'clear' });
    } else return;
    event.preventDefault();
  };

  const searching = text.trim() !== '';
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
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              rows()[0]?.focus();
            }
          }}
        />
        <DeskFilters value={filters} searching={searching} onChange={setFilters} />
        <DeskTabs active={tab} counts={desk.counts} onChange={setTab} />
      </div>
      {selection.ids.size > 0 && (
        <BulkBar
          ids={order.filter((id) => selection.ids.has(id))}
          onClear={() => dispatch({ type: 'clear' })}
          onDone={(s) => {
            setSummary(s);
            desk.reload();
          }}
        />
      )}
      {summary && <BulkSummary summary={summary} onDismiss={() => setSummary(null)} />}
      <p className="list-count" aria-live="polite">
        {desk.loading && desk.items.length === 0
          ? 'Loading…'
          : desk.error
            ? desk.error
            : countLine(desk.total, desk.totalCapped, searching, searching && filters.order === 'relevance' ? desk.rankedAmong : null)}
      </p>
      <ul id="desk-list" className="story-list" aria-label="Stories" ref={listRef} onKeyDown={onListKey}>
        {desk.items.map((item) => (
          <DeskRow
            key={item.id}
            item={item}
            open={item.id === selectedId}
            selected={selection.ids.has(item.id)}
            seat={seat}
            onOpen={open}
            onToggle={(id) => dispatch({ type: 'toggle', id })}
          />
        ))}
      </ul>
    </nav>
  );
}
