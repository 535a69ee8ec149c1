// One story on the desk: a checkbox to select it and the row itself (opens the story), with its
// status, time, headline, snippet or byline, and what needs attention: findings, wire flags,
// and who is editing it.
import type { MouseEvent } from 'react';
import { STATUS_LABELS } from '../../../shared/story/model';
import type { DeskItem } from '../../../shared/workflow/schemas';
import { Highlighted } from '../../ui/Highlighted';

function when(iso: string): string {
  const d = new Date(iso);
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay
    ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString([], { month: 'short', day: 'numeric' });
}

interface Props {
  item: DeskItem;
  open: boolean;
  selected: boolean;
  /** This window's seat: a claim by it is "you", not "someone else". */
  seat: string;
  onOpen(id: number, event: MouseEvent<HTMLButtonElement>): void;
  onToggle(id: number): void;
}

export function DeskRow({ item, open, selected, seat, onOpen, onToggle }: Props) {
  const headline = item.headline || 'Untitled story';
  const claim = item.claim && item.claim.seat !== seat ? item.claim : null;
  return (
    <li className={`desk-row${selected ? ' checked' : ''}`}>
      <input
        type="checkbox"
        className="desk-check"
        aria-label={`Select “${headline}”`}
        checked={selected}
        tabIndex={-1}
        onChange={() => onToggle(item.id)}
      />
      <button
        type="button"
        data-id={item.id}
        className={`story-item${open ? ' selected' : ''}${selected ? ' checked' : ''}`}
        aria-current={open ? 'true' : undefined}
        onClick={(e) => onOpen(item.id, e)}
      >
        <span className="story-item-head">
          <span className={`status-chip status-${item.status}`}>{STATUS_LABELS[item.status]}</span>
          {item.agency && <span className="story-item-agency">{item.agency}</span>}
          <span className="story-item-time">{when(item.updated)}</span>
        </span>
        <span className="story-item-headline">{headline}</span>
        {item.snippet ? (
          <Highlighted className="story-item-snippet" html={item.snippet} />
        ) : (
          <span className="story-item-meta">{[item.slug, item.byline].filter(Boolean).join(' · ')}</span>
        )}
        {(item.errors || item.flags || claim) && (
          <span className="story-item-badges">
            {item.errors ? <span className="badge badge-error">{item.errors === 1 ? '1 error' : `${item.errors} errors`}</span> : null}
            {item.flags ? <span className="badge badge-flag">{item.flags === 1 ? 'wire flag' : `${item.flags} wire flags`}</span> : null}
            {claim && (
              <span className={`badge badge-claim${claim.stale ? ' stale' : ''}`}>
                {claim.stale ? `${claim.holder} (away)` : `Being edited by ${claim.holder}`}
              </span>
            )}
          </span>
        )}
      </button>
    </li>
  );
}
