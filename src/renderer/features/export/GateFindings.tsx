// What the ready gate found, listed where an export was refused, with the way to fix it: the
// Checks panel (or Details, where the workflow panel waives findings, until there is one) and,
// for a kill or hold, the Wire tab where the flag is acknowledged. There is no "export anyway".
import { hasSideTab, openSideTab } from './sideTabLink';
import { isFlagFinding, type ReadyFinding } from './refusal';

interface Props {
  findings: ReadyFinding[];
  /** Close the dialog first, then open the tab (absent when the story is not the open one). */
  onOpenTab?: (tab: string) => void;
}

export function GateFindings({ findings, onOpenTab }: Props) {
  const flags = findings.some(isFlagFinding);
  const checks = findings.some((f) => !isFlagFinding(f));
  const checksTab = hasSideTab('checks') ? 'checks' : 'details';
  return (
    <div className="gate-findings">
      <ul aria-label="Ready gate findings">
        {findings.map((f, i) => (
          <li key={i}>
            <span className={`finding-severity ${f.severity}`}>{f.severity}</span> {f.message}
          </li>
        ))}
      </ul>
      {onOpenTab && (
        <p className="gate-actions">
          {checks && (
            <button type="button" onClick={() => onOpenTab(checksTab)}>
              {checksTab === 'checks' ? 'Open Checks' : 'Open Details (waive findings)'}
            </button>
          )}
          {flags && (
            <button type="button" onClick={() => onOpenTab('wire')}>
              Open Wire
            </button>
          )}
        </p>
      )}
    </div>
  );
}

/** The usual onOpenTab: close, then press the tab once the dialog is gone. */
export function openTabAfter(close: () => void): (tab: string) => void {
  return (tab) => {
    close();
    window.setTimeout(() => openSideTab(tab), 0);
  };
}
