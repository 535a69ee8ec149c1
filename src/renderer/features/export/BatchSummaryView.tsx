// What a batch export did: how many were exported, refused by the ready gate (each with its
// findings), failed (with the reason) or skipped after Cancel; the pages written; and, when asked,
// which stories moved to Published and which could not.
import type { ExportBatchResult } from '../../../shared/contract/calls';
import { GateFindings } from './GateFindings';
import type { BatchSummary } from './useBatchExport';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summaryLine(s: BatchSummary, markPublished: boolean): string {
  const parts = [`${s.exported} exported`, `${s.refused} refused by the ready gate`, `${s.failed} failed`];
  if (s.skipped) parts.push(`${s.skipped} skipped (cancelled)`);
  const published = s.results.filter((r) => r.published).length;
  return `${parts.join(', ')}.${markPublished ? ` ${plural(published, 'story', 'stories')} marked Published.` : ''}`;
}

function Row({ r, onOpenStory }: { r: ExportBatchResult; onOpenStory(id: number): void }) {
  const name = r.headline || `Story ${r.id}`;
  return (
    <li className={`batch-${r.outcome}`}>
      <p>
        <span className="batch-outcome">{r.outcome === 'exported' ? 'Exported' : r.outcome === 'refused' ? 'Refused' : 'Failed'}</span>{' '}
        <strong>{name}</strong>
        {r.file && (
          <>
            {' '}
            → <code>{r.file}</code>
          </>
        )}
        {r.published && <span className="batch-published"> · Published</span>}{' '}
        {r.outcome !== 'exported' && (
          <button type="button" onClick={() => onOpenStory(r.id)} aria-label={`Open “${name}”`}>
            Open
          </button>
        )}
      </p>
      {r.outcome === 'refused' && <GateFindings findings={r.findings} />}
      {r.error && <p className="error-text">{r.error}</p>}
      {r.publishError && <p className="warn-text">Not marked Published: {r.publishError}</p>}
      {r.warnings.length > 0 && (
        <ul className="export-warnings" aria-label={`Warnings for “${name}”`}>
          {r.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function BatchSummaryView({
  summary,
  markPublished,
  onOpenStory,
}: {
  summary: BatchSummary;
  markPublished: boolean;
  onOpenStory(id: number): void;
}) {
  return (
    <section aria-label="Batch export summary" className="batch-summary">
      <p role="status">
        {summaryLine(summary, markPublished)} Into <code>{summary.folder}</code>.
      </p>
      <ul className="batch-results">
        {summary.results.map((r) => (
          <Row key={r.id} r={r} onOpenStory={onOpenStory} />
        ))}
      </ul>
    </section>
  );
}
