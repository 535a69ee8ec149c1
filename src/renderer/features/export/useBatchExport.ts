// A batch export as the dialog follows it: start (with a job id of its own), progress from the
// export-progress events, Cancel between stories, and the summary when it ends.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallRequest, CallResponse } from '../../../shared/contract/calls';
import { call, onAppEvent } from '../../bridge';

export type BatchSummary = CallResponse<'exportBatch'>;

export interface BatchState {
  running: boolean;
  cancelling: boolean;
  done: number;
  total: number;
  /** The story just finished, for the progress line. */
  last: string;
  summary: BatchSummary | null;
  error: string | null;
}

const IDLE: BatchState = { running: false, cancelling: false, done: 0, total: 0, last: '', summary: null, error: null };

const newJobId = () => `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function useBatchExport() {
  const [state, setState] = useState<BatchState>(IDLE);
  const job = useRef<string | null>(null);

  useEffect(
    () =>
      onAppEvent((event) => {
        if (event.type !== 'export-progress' || event.jobId !== job.current) return;
        setState((s) => ({ ...s, done: event.done, total: event.total, last: event.headline }));
      }),
    [],
  );

  const start = useCallback(async (request: Omit<CallRequest<'exportBatch'>, 'jobId'>) => {
    const jobId = newJobId();
    job.current = jobId;
    setState({ ...IDLE, running: true, total: request.scope.kind === 'selection' ? request.scope.ids.length : 0 });
    try {
      const summary = await call('exportBatch', { ...request, jobId });
      setState((s) => ({ ...s, running: false, cancelling: false, summary, done: summary.results.length }));
    } catch (err) {
      setState((s) => ({ ...s, running: false, cancelling: false, error: (err as Error).message }));
    } finally {
      job.current = null;
    }
  }, []);

  const cancel = useCallback(async () => {
    if (!job.current) return;
    setState((s) => ({ ...s, cancelling: true }));
    await call('exportCancel', { jobId: job.current }).catch(() => undefined);
  }, []);

  const reset = useCallback(() => setState(IDLE), []);
  return { state, start, cancel, reset };
}
