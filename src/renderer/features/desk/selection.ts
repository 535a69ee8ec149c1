// Multi-select for the desk list, as a pure reducer: Ctrl/Cmd+click and Space toggle one row,
// Shift+click and Shift+arrows select a range from the anchor, Ctrl/Cmd+A selects every row shown.
export interface Selection {
  ids: ReadonlySet<number>;
  /** Where a Shift range starts: the last row toggled or clicked. */
  anchor: number | null;
}

export type SelectionAction =
  | { type: 'toggle'; id: number }
  | { type: 'range'; id: number; order: readonly number[] }
  | { type: 'anchor'; id: number }
  | { type: 'all'; order: readonly number[] }
  | { type: 'clear' }
  /** The list changed: forget rows no longer shown. */
  | { type: 'keep'; order: readonly number[] };

export const emptySelection: Selection = { ids: new Set(), anchor: null };

export function selectionReducer(state: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case 'toggle': {
      const ids = new Set(state.ids);
      if (ids.has(action.id)) ids.delete(action.id);
      else ids.add(action.id);
      return { ids, anchor: action.id };
    }
    case 'range': {
      const from = action.order.indexOf(state.anchor ?? action.id);
      const to = action.order.indexOf(action.id);
      if (to < 0) return state;
      const [a, b] = from < 0 ? [to, to] : [Math.min(from, to), Math.max(from, to)];
      // A range adds to what is selected, as in a file manager with Ctrl held before.
      const ids = new Set(state.ids);
      for (const id of action.order.slice(a, b + 1)) ids.add(id);
      return { ids, anchor: state.anchor ?? action.id };
    }
    case 'anchor':
      return { ...state, anchor: action.id };
    case 'all':
      return { ids: new Set(action.order), anchor: state.anchor };
    case 'clear':
      return emptySelection;
    case 'keep': {
      const shown = new Set(action.order);
      const ids = new Set([...state.ids].filter((id) => shown.has(id)));
      return ids.size === state.ids.size ? state : { ids, anchor: state.anchor !== null && shown.has(state.anchor) ? state.anchor : null };
    }
  }
}
