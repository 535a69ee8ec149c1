// Every figure as a keyboard-driven grid: arrows move between cells, Enter edits a caption,
// credit or alt text (Enter/Tab save and move on, Escape cancels), Space selects a row, Enter on
// the story cell opens the story. One tab stop; the active cell carries the focus ring.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { FIGURE_PROBLEM_LABELS, type FigureRow } from '../../../shared/credits/schemas';
import { STATUS_LABELS } from '../../../shared/story/model';
import { mediaUrl } from '../../bridge';
import { EditableCell, type SaveResult } from './EditableCell';

export type EditableField = 'caption' | 'credit' | 'alt';
const COLUMNS = ['select', 'image', 'caption', 'credit', 'alt', 'story'] as const;
const EDITABLE: Record<number, EditableField> = { 2: 'caption', 3: 'credit', 4: 'alt' };
const FIELD_LABEL: Record<EditableField, string> = { caption: 'Caption', credit: 'Credit', alt: 'Alt text' };

export const rowKey = (r: { storyId: number; index: number }) => `${r.storyId}:${r.index}`;

interface Props {
  rows: FigureRow[];
  selected: ReadonlySet<string>;
  onToggle(key: string): void;
  onSave(row: FigureRow, field: EditableField, value: string, version: number): Promise<SaveResult>;
  onOpenStory(storyId: number): void;
  onReload(): void;
}

export function FigureGrid({ rows, selected, onToggle, onSave, onOpenStory, onReload }: Props) {
  const [active, setActive] = useState({ row: 0, col: 2 });
  const [editing, setEditing] = useState<{ row: number; col: number } | null>(null);
  const grid = useRef<HTMLTableElement>(null);
  const focusPending = useRef(false);
  const row = Math.min(active.row, Math.max(0, rows.length - 1));

  useEffect(() => {
    if (!focusPending.current || editing) return;
    focusPending.current = false;
    grid.current?.querySelector<HTMLElement>(`[data-cell="${row}-${active.col}"]`)?.focus();
  }, [row, active.col, editing]);

  const moveTo = (r: number, c: number) => {
    focusPending.current = true;
    setActive({ row: Math.max(0, Math.min(rows.length - 1, r)), col: Math.max(0, Math.min(COLUMNS.length - 1, c)) });
  };

  /** After a save: Enter goes down, Tab to the next editable cell (editing it), Escape stays. */
  const stopEdit = (r: number, c: number, move: 'none' | 'next' | 'previous' | 'down') => {
    setEditing(null);
    if (move === 'down') return moveTo(r + 1, c);
    if (move === 'none') return moveTo(r, c);
    const order = rows.flatMap((_, i) => [2, 3, 4].map((col) => ({ row: i, col })));
    const at = order.findIndex((p) => p.row === r && p.col === c);
    const next = order[at + (move === 'next' ? 1 : -1)];
    if (!next) return moveTo(r, c);
    setActive(next);
    setEditing(next);
  };

  const onKey = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing || rows.length === 0) return;
    const current = rows[row];
    switch (e.key) {
      case 'ArrowDown':
        moveTo(row + 1, active.col);
        break;
      case 'ArrowUp':
        moveTo(row - 1, active.col);
        break;
      case 'ArrowRight':
        moveTo(row, active.col + 1);
        break;
      case 'ArrowLeft':
        moveTo(row, active.col - 1);
        break;
      case 'Home':
        moveTo(e.ctrlKey ? 0 : row, 0);
        break;
      case 'End':
        moveTo(e.ctrlKey ? rows.length - 1 : row, COLUMNS.length - 1);
        break;
      case 'Enter':
      case 'F2':
        if (EDITABLE[active.col]) setEditing({ row, col: active.col });
        else if (COLUMNS[active.col] === 'story' && current) onOpenStory(current.storyId);
        else if (COLUMNS[active.col] === 'select' && current) onToggle(rowKey(current));
        break;
      case ' ':
        if (current) onToggle(rowKey(current));
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const cellProps = (r: number, c: number) => ({
    role: 'gridcell' as const,
    'data-cell': `${r}-${c}`,
    tabIndex: r === row && c === active.col ? 0 : -1,
    onFocus: () => (r !== row || c !== active.col) && setActive({ row: r, col: c }),
    className: r === row && c === active.col ? 'active-cell' : undefined,
  });

  return (
    <table ref={grid} role="grid" aria-label="Figures" aria-rowcount={rows.length + 1} className="figure-grid" onKeyDown={onKey}>
      <thead>
        <tr role="row">
          <th role="columnheader" scope="col">
            <span className="visually-hidden">Selected</span>
          </th>
          <th role="columnheader" scope="col">
            Image
          </th>
          <th role="columnheader" scope="col">
            Caption
          </th>
          <th role="columnheader" scope="col">
            Credit
          </th>
          <th role="columnheader" scope="col">
            Alt text
          </th>
          <th role="columnheader" scope="col">
            Story
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((f, r) => {
          const key = rowKey(f);
          const isSelected = selected.has(key);
          return (
            <tr key={key} role="row" aria-selected={isSelected} className={isSelected ? 'checked' : undefined}>
              <td {...cellProps(r, 0)}>
                <input
                  type="checkbox"
                  tabIndex={-1}
                  aria-label={`Select figure ${f.index + 1} of “${f.headline || 'Untitled'}”`}
                  checked={isSelected}
                  onChange={() => onToggle(key)}
                />
              </td>
              <td {...cellProps(r, 1)}>
                {f.mediaId ? (
                  <img className="figure-thumb" src={mediaUrl(f.mediaId)} alt={f.alt} loading="lazy" />
                ) : (
                  <span className="figure-thumb missing">No image</span>
                )}
              </td>
              {([2, 3, 4] as const).map((c) => {
                const field = EDITABLE[c]!;
                const isEditing = editing?.row === r && editing.col === c;
                return (
                  <td key={c} {...cellProps(r, c)} onDoubleClick={() => setEditing({ row: r, col: c })}>
                    <EditableCell
                      value={f[field]}
                      version={f.storyVersion}
                      label={`${FIELD_LABEL[field]}, figure ${f.index + 1} of “${f.headline || 'Untitled'}”`}
                      editing={isEditing}
                      multiline={field === 'caption'}
                      onStartEdit={() => setEditing({ row: r, col: c })}
                      onStopEdit={(move) => stopEdit(r, c, move)}
                      onSave={(value, version) => onSave(f, field, value, version)}
                      onReload={onReload}
                    />
                    {field === 'credit' &&
                      f.problems
                        .filter((p) => p !== 'no-alt' && p !== 'caption-repeats-headline')
                        .map((p) => (
                          <span key={p} className="badge badge-error">
                            {FIGURE_PROBLEM_LABELS[p]}
                          </span>
                        ))}
                    {field === 'alt' && f.problems.includes('no-alt') && (
                      <span className="badge badge-error">{FIGURE_PROBLEM_LABELS['no-alt']}</span>
                    )}
                    {field === 'caption' && f.problems.includes('caption-repeats-headline') && (
                      <span className="badge badge-error">{FIGURE_PROBLEM_LABELS['caption-repeats-headline']}</span>
                    )}
                  </td>
                );
              })}
              <td {...cellProps(r, 5)}>
                <span className={`status-chip status-${f.status}`}>{STATUS_LABELS[f.status]}</span>{' '}
                <span className="figure-story">{f.headline || 'Untitled story'}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
