// The desk's views: every active story, one tab per status, and the stories with problems, each
// with its live count. Arrow keys move between tabs (one tab stop), as in the side panel.
import { STATUS_LABELS, STORY_STATUSES } from '../../../shared/story/model';
import type { StoryCounts } from '../../../shared/workflow/schemas';
import type { DeskTab } from './useDesk';

const TABS: Array<{ id: DeskTab; label: string }> = [
  { id: 'active', label: 'All' },
  ...STORY_STATUSES.map((s) => ({ id: s, label: STATUS_LABELS[s] })),
  { id: 'problems', label: 'Problems' },
];

function countOf(tab: DeskTab, counts: StoryCounts | null): number | null {
  if (!counts) return null;
  if (tab === 'problems') return counts.problems;
  if (tab === 'active') return Object.entries(counts.counts).reduce((n, [s, c]) => (s === 'spiked' ? n : n + c), 0);
  return counts.counts[tab] ?? 0;
}

export function DeskTabs({ active, counts, onChange }: { active: DeskTab; counts: StoryCounts | null; onChange(tab: DeskTab): void }) {
  const move = (from: DeskTab, step: number) => {
    const i = TABS.findIndex((t) => t.id === from);
    const next = TABS[(i + step + TABS.length) % TABS.length]!;
    onChange(next.id);
    document.getElementById(`desk-tab-${next.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Desk views" className="desk-tabs">
      {TABS.map((t) => {
        const n = countOf(t.id, counts);
        return (
          <button
            key={t.id}
            id={`desk-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === active}
            aria-controls="desk-list"
            tabIndex={t.id === active ? 0 : -1}
            className={`desk-tab${t.id === active ? ' active' : ''}${t.id === 'problems' && n ? ' has-problems' : ''}`}
            onClick={() => onChange(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowDown') move(t.id, 1);
              else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') move(t.id, -1);
              else return;
              e.preventDefault();
            }}
          >
            <span>{t.label}</span> <span className="desk-count">{n === null ? '…' : n.toLocaleString()}</span>
          </button>
        );
      })}
    </div>
  );
}
