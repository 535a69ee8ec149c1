// Runs the rewrite analysis for the Wire tab after the text settles: in a worker where there is
// one (only the newest request's answer is kept), else on a timer in the page.
import { useEffect, useRef, useState } from 'react';
import { analyse, type AnalysisRequest, type AnalysisResult } from './analysis';

type Reply = { id: number; result?: AnalysisResult; error?: string };

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export function useRewriteAnalysis(request: AnalysisRequest | null): { result: AnalysisResult | null; error: string | null } {
  const [result, setResult] = useState<AnalysisResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const w = startWorker();
    worker.current = w;
    if (w) {
      w.onmessage = (event: MessageEvent<Reply>) => {
        if (event.data.id !== latest.current) return;
        if (event.data.result) {
          setResult(event.data.result);
          setError(null);
        } else setError(event.data.error ?? 'The rewrite analysis failed.');
      };
    }
    return () => {
      w?.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    if (!request) return;
    const id = ++latest.current;
    if (worker.current) {
      worker.current.postMessage({ id, request });
      return;
    }
    const timer = window.setTimeout(() => {
      try {
        setResult(analyse(request));
        setError(null);
      } catch (err) {
        setError((err as Error).message);
      }
    }, 0);
    return () => window.clearTimeout(timer);
  }, [request]);

  return { result, error };
}
