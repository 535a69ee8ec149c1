// The captions manager's rows: every figure under the filters, reloaded when stories change.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FigureQuery, FigureRow } from '../../../shared/credits/schemas';
import { call, onAppEvent } from '../../bridge';

export function useFigures(query: FigureQuery) {
  const [rows, setRows] = useState<FigureRow[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const request = useRef(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const key = JSON.stringify(query);

  useEffect(() => {
    let timer = 0;
    const off = onAppEvent((e) => {
      if (e.type !== 'story-changed' && e.type !== 'stories-changed') return;
      window.clearTimeout(timer);
      timer = window.setTimeout(reload, 200);
    });
    return () => {
      window.clearTimeout(timer);
      off();
    };
  }, [reload]);

  useEffect(() => {
    const mine = ++request.current;
    const timer = window.setTimeout(async () => {
      setLoading(true);
      try {
        const res = await call('figureList', JSON.parse(key) as FigureQuery);
        if (mine !== request.current) return;
        setRows(res.figures);
        setTotal(res.total);
        setError(null);
      } catch (err) {
        if (mine === request.current) setError((err as Error).message);
      } finally {
        if (mine === request.current) setLoading(false);
      }
    }, 100);
    return () => window.clearTimeout(timer);
  }, [key, tick]);

  /** Put a row the server returned after an edit in place, without a reload. */
  const replace = useCallback((row: FigureRow) => {
    setRows((rs) =>
      rs.map((r) =>
        r.storyId === row.storyId && r.index === row.index ? row : r.storyId === row.storyId ? { ...r, storyVersion: row.storyVersion } : r,
      ),
    );
  }, []);

  return { rows, total, loading, error, reload, replace };
}
