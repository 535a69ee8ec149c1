// The desk's story list: list or search (results as you type), reloaded when main says stories changed.
import { useCallback, useEffect, useRef, useState } from 'react';
import { call, onAppEvent } from '../../bridge';
import type { StoryStatus, StorySummary } from '../../../shared/story/model';

export interface ListItem {
  id: number;
  headline: string;
  status: StoryStatus;
  updated: string;
  slug: string;
  /** Search snippet (escaped HTML with <mark>) when the list shows search results. */
  snippet?: string;
  byline?: string;
  words?: number;
}

export interface StoryListState {
  items: ListItem[];
  total: number;
  loading: boolean;
  error: string | null;
  reload(): void;
}

function fromSummary(s: StorySummary): ListItem {
  return { id: s.id, headline: s.headline, status: s.status, updated: s.updated, slug: s.slug, byline: s.byline, words: s.words };
}

export function useStoryList(text: string, status: StoryStatus | 'all'): StoryListState {
  const [items, setItems] = useState<ListItem[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const request = useRef(0);

  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => onAppEvent(() => reload()), [reload]);

  useEffect(() => {
    const mine = ++request.current;
    const statusFilter = status === 'all' ? {} : { status: [status] };
    const query = text.trim();
    // Debounce typing a little; a plain list reload goes at once.
    const timer = window.setTimeout(
      async () => {
        setLoading(true);
        try {
          if (query) {
            const res = await call('storySearch', { text: query, ...statusFilter, limit: 100 });
            if (mine !== request.current) return;
            setItems(
              res.results.map((r) => ({
                id: r.id,
                headline: r.headline,
                status: r.status,
                updated: r.updated,
                slug: r.slug,
                snippet: r.snippet,
              })),
            );
            setTotal(res.total);
          } else {
            const res = await call('storyList', { ...statusFilter, limit: 200 });
            if (mine !== request.current) return;
            setItems(res.stories.map(fromSummary));
            setTotal(res.total);
          }
          setError(null);
        } catch (err) {
          if (mine === request.current) setError((err as Error).message);
        } finally {
          if (mine === request.current) setLoading(false);
        }
      },
      query ? 120 : 0,
    );
    return () => window.clearTimeout(timer);
  }, [text, status, tick]);

  return { items, total, loading, error, reload };
}
