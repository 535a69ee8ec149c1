// One finding in the Checks panel: what is wrong and where, with Jump, Fix (when the rule has one)
// and Waive…; a waived one shows who waived it, when and why, with Un-waive. The row is the unit of
// keyboard navigation (the panel moves focus between rows); its buttons follow it in tab order.
import { memo } from 'react';
import type { Finding } from '../../../shared/checks';
import type { WaiverRecord } from '../../../shared/workflow/schemas';
import { stamp } from '../side/DetailsTab';

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Suggestion' } as const;

/** What the fix does, in words: "remove “MORE”", "“the the” → “the”". */
export function fixSummary(f: Finding): string {
  if (f.fix === null) return '';
  if (f.fix === '') return `remove “${f.excerpt}”`;
  return f.excerpt ? `“${f.excerpt}” → “${f.fix}”` : `insert “${f.fix}”`;
}

export interface RowActions {
  jump(f: Finding): void;
  fix(f: Finding): void;
  waive(f: Finding): void;
  unwaive(record: WaiverRecord): void;
}

interface Props {
  finding: Finding;
  rowKey: string;
  active: boolean;
  waiver?: WaiverRecord;
  actions: RowActions;
  onFocusRow(key: string): void;
}

export const FindingRow = memo(function FindingRow({ finding: f, rowKey, active, waiver, actions, onFocusRow }: Props) {
  const tab = active ? 0 : -1;
  const word = SEVERITY_WORD[f.severity];
  const subject = f.excerpt ? `“${f.excerpt.slice(0, 60)}”` : f.message;
  return (
    <li
      className={`finding-row sev-${f.severity}${waiver ? ' waived' : ''}${active ? ' active' : ''}`}
      tabIndex={tab}
      data-row-key={rowKey}
      aria-label={`${waiver ? 'Waived ' : ''}${word}: ${f.message}`}
      onFocus={(e) => e.target === e.currentTarget && onFocusRow(rowKey)}
    >
      <div className="finding-text">
        <span className={`sev-chip sev-${f.severity}`}>{word}</span> <span className="finding-message">{f.message}</span>
        {f.excerpt && !f.message.includes(f.excerpt) && <q className="finding-excerpt">{f.excerpt}</q>}
        {f.fix !== null && !waiver && <span className="finding-fix">Fix: {fixSummary(f)}</span>}
        <span className="finding-rule">{f.rule}</span>
      </div>
      {waiver && (
        <p className="waiver-line">
          Waived by {waiver.by}, {stamp(waiver.at)}: {waiver.reason}
        </p>
      )}
      <div className="finding-actions">
        <button type="button" tabIndex={tab} onClick={() => actions.jump(f)} aria-label={`Jump to ${subject}`}>
          Jump
        </button>
        {!waiver && f.fix !== null && (
          <button type="button" tabIndex={tab} onClick={() => actions.fix(f)} aria-label={`Fix: ${fixSummary(f)}`}>
            Fix
          </button>
        )}
        {!waiver && (
          <button type="button" tabIndex={tab} onClick={() => actions.waive(f)} aria-label={`Waive… ${f.message}`}>
            Waive…
          </button>
        )}
        {waiver && (
          <button type="button" tabIndex={tab} onClick={() => actions.unwaive(waiver)} aria-label={`Un-waive ${f.message}`}>
            Un-waive
          </button>
        )}
      </div>
    </li>
  );
});
