// Running an import from the renderer: files or pasted text go to main in batches; progress
// comes back as events; Cancel stops main between files and sends no further batches.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportFileResult, ImportSummary } from '../../../shared/wire/model';
import { call, onAppEvent } from '../../bridge';
import { batchFiles, MAX_FILE_BYTES, newJobId, readBase64, tooLargeMessage } from './readFiles';

export interface ImportState {
  running: boolean;
  done: number;
  total: number;
  current: string;
  results: ImportFileResult[];
  cancelled: boolean;
  error: string | null;
}

const idle: ImportState = { running: false, done: 0, total: 0, current: '', results: [], cancelled: false, error: null };

export function useImport() {
  const [state, setState] = useState<ImportState>(idle);
  const job = useRef<{ id: string; offset: number; cancelled: boolean } | null>(null);

  useEffect(
    () =>
      onAppEvent((event) => {
        const running = job.current;
        if (event.type !== 'import-progress' || !running || event.jobId !== running.id) return;
        setState((s) => ({ ...s, done: running.offset + event.done, current: event.file }));
      }),
    [],
  );

  const finish = (summary: ImportSummary, offset: number) => {
    setState((s) => ({
      ...s,
      done: offset + summary.files.length,
      results: [...s.results, ...summary.files],
      cancelled: s.cancelled || summary.cancelled,
    }));
  };

  const importFiles = useCallback(async (files: File[]) => {
    if (files.length === 0) return;
    const tooLarge = files.filter((f) => f.size > MAX_FILE_BYTES);
    const ok = files.filter((f) => f.size <= MAX_FILE_BYTES);
    const local: ImportFileResult[] = tooLarge.map((f) => ({
      file: f.name,
      outcome: 'rejected',
      message: tooLargeMessage(f),
      format: null,
      wireItemIds: [],
      storyIds: [],
    }));
    setState({ ...idle, running: true, total: files.length, results: local, done: local.length });
    const me = { id: newJobId(), offset: local.length, cancelled: false };
    job.current = me;
    try {
      for (const batch of batchFiles(ok)) {
        if (me.cancelled) break;
        const encoded = await Promise.all(batch.map(async (f) => ({ name: f.name, dataBase64: await readBase64(f) })));
        const summary = await call('wireImport', { jobId: me.id, files: encoded });
        finish(summary, me.offset);
        me.offset += summary.files.length;
        if (summary.cancelled) break;
      }
    } catch (err) {
      setState((s) => ({ ...s, error: (err as Error).message }));
    } finally {
      job.current = null;
      setState((s) => ({ ...s, running: false, current: '' }));
    }
  }, []);

  const importText = useCallback(async (text: string, html: boolean) => {
    if (!text.trim()) return;
    setState({ ...idle, running: true, total: 1 });
    const me = { id: newJobId(), offset: 0, cancelled: false };
    job.current = me;
    try {
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      finish(await call('wireImportText', { jobId: me.id, text, name: `pasted-${stamp}.${html ? 'html' : 'txt'}` }), 0);
    } catch (err) {
      setState((s) => ({ ...s, error: (err as Error).message }));
    } finally {
      job.current = null;
      setState((s) => ({ ...s, running: false, current: '' }));
    }
  }, []);

  const cancel = useCallback(async () => {
    const running = job.current;
    if (!running) return;
    running.cancelled = true;
    setState((s) => ({ ...s, cancelled: true }));
    await call('wireImportCancel', { jobId: running.id }).catch(() => undefined);
  }, []);

  const reset = useCallback(() => setState(idle), []);

  return { state, importFiles, importText, cancel, reset };
}
