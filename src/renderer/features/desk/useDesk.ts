// The desk's data: the list for the current tab, filters and search text (results as you type),
// and the per-status counts for the tabs; reloaded when main says stories or claims changed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoryStatus } from '../../../shared/story/model';
import type { DeskItem, DeskQuery, StoryCounts } from '../../../shared/workflow/schemas';
import { call, onAppEvent } from '../../bridge';
import { asYouType } from './asYouType';

/** A tab: one status, every active story, or the ones with problems. */
export type DeskTab = StoryStatus | 'active' | 'problems';

export interface DeskFilterState {
  tag: string;
  agency: string;
  from: string;
  to: string;
  sort: 'updated' | 'priority' | 'agency';
  order: 'newest' | 'relevance';
}

export const NO_FILTERS: DeskFilterState = { tag: '', agency: '', from: '', to: '', sort: 'updated', order: 'newest' };

export interface DeskData {
  items: DeskItem[];
  total: number;
  totalCapped: boolean;
  rankedAmong: number | null;
  counts: StoryCounts | null;
  loading: boolean;
  error: string | null;
  reload(): void;
}

const PAGE = 200;

export function queryOf(tab: DeskTab, text: string, f: DeskFilterState): DeskQuery {
  const q: DeskQuery = { limit: PAGE };
  if (tab === 'problems') q.problems = true;
  else if (tab !== 'active') q.status = [tab];
  if (f.tag.trim()) q.tag = f.tag.trim();
  if (f.agency.trim()) q.agency = f.agency.trim();
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  if (text.trim()) {
    q.text = asYouType(text.trimStart());
    q.order = f.order;
  } else q.sort = f.sort;
  return q;
}

export function useDesk(tab: DeskTab, text: string, filters: DeskFilterState): DeskData {
  const [items, setItems] = useState<DeskItem[]>([]);
  const [total, setTotal] = useState(0);
  const [totalCapped, setTotalCapped] = useState(false);
  const [rankedAmong, setRankedAmong] = useState<number | null>(null);
  const [counts, setCounts] = useState<StoryCounts | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const request = useRef(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    // Events come in bursts (an import, a bulk move): gather them into one reload.
    let timer = 0;
    const off = onAppEvent((event) => {
      if (event.type === 'import-progress') return;
      window.clearTimeout(timer);
      timer = window.setTimeout(reload, 150);
    });
    return () => {
      window.clearTimeout(timer);
      off();
    };
  }, [reload]);

  const query = queryOf(tab, text, filters);
  const key = JSON.stringify(query);

  useEffect(() => {
    const mine = ++request.current;
    const q = JSON.parse(key) as DeskQuery;
    // Results as you type: a short pause after a keystroke; a filter change loads at once.
    const timer = window.setTimeout(
      async () => {
        setLoading(true);
        try {
          const { status: _s, problems: _p, text: _t, order: _o, sort: _so, limit: _l, ...filterOnly } = q;
          const [list, c] = await Promise.all([call('deskList', q), call('storyCounts', filterOnly)]);
          if (mine !== request.current) return;
          setItems(list.items);
          setTotal(list.total);
          setTotalCapped(list.totalCapped);
          setRankedAmong(list.rankedAmong);
          setCounts(c);
          setError(null);
        } catch (err) {
          if (mine === request.current) setError((err as Error).message);
        } finally {
          if (mine === request.current) setLoading(false);
        }
      },
      q.text ? 120 : 0,
    );
    return () => window.clearTimeout(timer);
  }, [key, tick]);

  return { items, total, totalCapped, rankedAmong, counts, loading, error, reload };
}
