// Filters beside the search box: sort (or, while searching, newest first or best match), tag,
// agency and the updated date range. Folded away until wanted; a dot says some are on.
import type { DeskFilterState } from './useDesk';
import { NO_FILTERS } from './useDesk';

interface Props {
  value: DeskFilterState;
  searching: boolean;
  onChange(next: DeskFilterState): void;
}

export function DeskFilters({ value, searching, onChange }: Props) {
  const set = (patch: Partial<DeskFilterState>) => onChange({ ...value, ...patch });
  const active = Boolean(value.tag || value.agency || value.from || value.to);
  return (
    <div className="desk-filters">
      <div className="desk-filter-row">
        {searching ? (
          <label className="inline-label">
            <span>Order</span>
            <select aria-label="Order" value={value.order} onChange={(e) => set({ order: e.target.value as DeskFilterState['order'] })}>
              <option value="newest">Newest first</option>
              <option value="relevance">Best match</option>
            </select>
          </label>
        ) : (
          <label className="inline-label">
            <span>Sort</span>
            <select aria-label="Sort" value={value.sort} onChange={(e) => set({ sort: e.target.value as DeskFilterState['sort'] })}>
              <option value="updated">Updated</option>
              <option value="priority">Priority</option>
              <option value="agency">Agency</option>
            </select>
          </label>
        )}
      </div>
      <details className="desk-more" open={active || undefined}>
        <summary>Filters{active && <span className="filter-dot" aria-label="(some on)" />}</summary>
        <div className="desk-filter-grid">
          <label>
            <span>Tag</span>
            <input type="text" aria-label="Tag filter" value={value.tag} onChange={(e) => set({ tag: e.target.value })} />
          </label>
          <label>
            <span>Agency</span>
            <input type="text" aria-label="Agency filter" value={value.agency} onChange={(e) => set({ agency: e.target.value })} />
          </label>
          <label>
            <span>Updated from</span>
            <input type="date" aria-label="Updated from" value={value.from} onChange={(e) => set({ from: e.target.value })} />
          </label>
          <label>
            <span>Updated to</span>
            <input type="date" aria-label="Updated to" value={value.to} onChange={(e) => set({ to: e.target.value })} />
          </label>
          <button type="button" onClick={() => onChange({ ...NO_FILTERS, sort: value.sort, order: value.order })} disabled={!active}>
            Clear filters
          </button>
        </div>
      </details>
    </div>
  );
}
