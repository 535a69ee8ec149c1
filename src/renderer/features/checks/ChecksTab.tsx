// The "Checks" side tab: the open story's house-style findings, errors first, by field; the gate's
// line ("Ready to publish" / "2 errors block Ready"); Jump, Fix and Waive… on each finding, and the
// waived ones with who, when and why. Keyboard: arrows move between findings, Enter jumps, f fixes,
// w waives, u un-waives. The findings come from ChecksRunner through the checks session.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Finding, Severity } from '../../../shared/checks';
import type { WaiverRecord } from '../../../shared/workflow/schemas';
import { call } from '../../bridge';
import type { SideTabProps } from '../side/SidePanel';
import { checksSession, useChecksState } from './checksSession';
import { fixInEditors, jumpTo } from './editorActions';
import { FindingRow, type RowActions } from './FindingRow';
import { gateLine, groupFindings, listOrder, shortenGroups } from './grouping';
import { findingKey, placeKey } from './places';
import { WaiveDialog } from './WaiveDialog';

type Notice = { text: string; undo?: boolean; error?: boolean } | null;

/** Findings listed per severity before "Show all" (a long story can have thousands). */
const LISTED = 100;

export function ChecksTab({ story }: SideTabProps) {
  const state = useChecksState();
  const [expanded, setExpanded] = useState<ReadonlySet<Severity>>(new Set());
  const full = useMemo(() => groupFindings(state.findings, state.waivers), [state.findings, state.waivers]);
  const list = useMemo(() => shortenGroups(full, LISTED, expanded), [full, expanded]);
  const order = useMemo(() => listOrder(list), [list]);
  const waiverOf = useMemo(() => new Map(list.waived.map((w) => [w.finding, w.waiver])), [list]);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const lastIndex = useRef(0);
  const [waiving, setWaiving] = useState<Finding | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);

  // The active row: the one chosen, else the one now at the same position (after a fix removed it).
  const keys = useMemo(() => order.map(findingKey), [order]);
  let activeIndex = activeKey ? keys.indexOf(activeKey) : -1;
  if (activeIndex < 0) activeIndex = Math.min(lastIndex.current, keys.length - 1);
  lastIndex.current = Math.max(0, activeIndex);
  const active = activeIndex >= 0 ? keys[activeIndex]! : null;

  useEffect(() => {
    if (!refocus.current || !active) return;
    refocus.current = false;
    listRef.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(active)}"]`)?.focus();
  });

  const textOf = (f: Finding) => state.texts[placeKey(f)];
  const current: RowActions = {
    jump(f) {
      const editors = checksSession.editors;
      const text = textOf(f);
      if (!editors || text === undefined) return;
      const outcome = jumpTo(editors, f, text);
      setNotice(outcome.ok ? null : { text: outcome.message, error: true });
      if (!outcome.ok) checksSession.actions?.rerun();
    },
    fix(f) {
      const editors = checksSession.editors;
      const text = textOf(f);
      if (!editors || text === undefined || f.fix === null) return;
      const outcome = fixInEditors(editors, f, text);
      if (outcome.ok) {
        checksSession.dropFinding(f);
        refocus.current = true;
        setNotice({ text: outcome.message, undo: true });
      } else {
        setNotice({ text: outcome.message, error: true });
        checksSession.actions?.rerun();
      }
    },
    waive(f) {
      setWaiving(f);
    },
    async unwaive(record: WaiverRecord) {
      try {
        await call('findingUnwaive', { storyId: story.id, waiverId: record.id });
        await checksSession.actions?.reloadWaivers();
        refocus.current = true;
        setNotice({ text: 'Waiver removed: the finding counts again.' });
      } catch (err) {
        setNotice({ text: (err as Error).message, error: true });
      }
    },
  };

  // Rows are memoised: they get actions that stay the same object and call the latest ones.
  const latest = useRef(current);
  latest.current = current;
  const actions = useMemo<RowActions>(
    () => ({
      jump: (f) => latest.current.jump(f),
      fix: (f) => latest.current.fix(f),
      waive: (f) => latest.current.waive(f),
      unwaive: (w) => latest.current.unwaive(w),
    }),
    [],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row-key]');
    if (!row || event.ctrlKey || event.metaKey || event.altKey) return;
    const onRow = event.target === row;
    const index = keys.indexOf(row.dataset['rowKey'] ?? '');
    const finding = order[index];
    const move = (to: number) => {
      const key = keys[Math.max(0, Math.min(keys.length - 1, to))];
      if (!key) return;
      event.preventDefault();
      setActiveKey(key);
      listRef.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"]`)?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home' && onRow) move(0);
    else if (event.key === 'End' && onRow) move(keys.length - 1);
    else if (!onRow || !finding) return;
    else if (event.key === 'Enter') actions.jump(finding);
    else if (event.key === 'f' && finding.fix !== null && !waiverOf.has(finding)) actions.fix(finding);
    else if (event.key === 'w' && !waiverOf.has(finding)) actions.waive(finding);
    else if (event.key === 'u' && waiverOf.has(finding)) void actions.unwaive(waiverOf.get(finding)!);
    else return;
    event.preventDefault();
  };

  const row = (f: Finding) => {
    const key = findingKey(f);
    return (
      <FindingRow
        key={key}
        finding={f}
        rowKey={key}
        active={key === active}
        waiver={waiverOf.get(f)}
        actions={actions}
        onFocusRow={setActiveKey}
      />
    );
  };
  const blocked = list.blocking + state.openFlags > 0;
  const timing = state.timing;

  return (
    <section className="checks-tab" aria-label="House style checks">
      <p role="status" className={`checks-gate ${blocked ? 'blocked' : 'ok'}`}>
        {state.status === 'idle' ? 'Checking…' : gateLine(list.blocking, state.openFlags)}
      </p>
      <p
        className="checks-meta muted"
        title={timing ? `The rules took ${Math.round(timing.engineMs)} ms, in a worker off the typing path` : undefined}
      >
        {state.status === 'checking'
          ? 'Checking…'
          : timing
            ? `Checked ${timing.words.toLocaleString()} words in ${Math.round(timing.totalMs)} ms`
            : ''}
      </p>
      {state.error && (
        <p role="alert" className="error-text">
          {state.error}
        </p>
      )}
      {notice && (
        <p className={`checks-notice${notice.error ? ' error-text' : ''}`} role={notice.error ? 'alert' : undefined}>
          {notice.text}{' '}
          {notice.undo && (
            <button
              type="button"
              onClick={() => {
                checksSession.editors?.history.undo();
                setNotice({ text: 'Fix undone.' });
              }}
            >
              Undo
            </button>
          )}
        </p>
      )}
      <div className="checks-list" ref={listRef} onKeyDown={onKeyDown}>
        {state.status !== 'idle' && list.groups.length === 0 && list.waived.length === 0 && (
          <p className="muted">No findings: the story follows the house style.</p>
        )}
        {list.groups.map((group) => (
          <section key={group.severity} className={`checks-group sev-${group.severity}`} aria-label={`${group.title} (${group.count})`}>
            <h3>
              {group.title} <span className="count">({group.count})</span>
            </h3>
            {group.places.map((place) => (
              <div key={place.key} className="checks-place">
                <h4>{place.label}</h4>
                <ul aria-label={`${group.title} in ${place.label}`}>{place.findings.map(row)}</ul>
              </div>
            ))}
            {group.hidden > 0 && (
              <button type="button" className="checks-more" onClick={() => setExpanded((e) => new Set([...e, group.severity]))}>
                Show all {group.count.toLocaleString()} {group.title.toLowerCase()} ({group.hidden.toLocaleString()} more)
              </button>
            )}
          </section>
        ))}
        {list.waived.length > 0 && (
          <section className="checks-group waived" aria-label={`Waived (${list.waived.length})`}>
            <h3>
              Waived <span className="count">({list.waived.length})</span>
            </h3>
            <ul aria-label="Waived findings">{list.waived.map((w) => row(w.finding))}</ul>
          </section>
        )}
      </div>
      {list.unmatched.length > 0 && (
        <section className="checks-group stale" aria-label="Waivers that no longer match">
          <h3>Waivers that no longer match</h3>
          <p className="hint">The text they waived has changed or gone, so they cover nothing now.</p>
          <ul>
            {list.unmatched.map((w) => (
              <li key={w.id}>
                <span className="finding-rule">{w.rule}</span> <q className="finding-excerpt">{w.excerpt}</q> — {w.reason}{' '}
                <button type="button" onClick={() => void actions.unwaive(w)} aria-label={`Remove waiver: ${w.reason}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {list.notices.length > 0 && (
        <section className="checks-group notices" aria-label="Notes about rules">
          <h3>Notes about rules</h3>
          <ul>
            {list.notices.map((f) => (
              <li key={findingKey(f)}>{f.message}</li>
            ))}
          </ul>
        </section>
      )}
      {waiving && (
        <WaiveDialog
          storyId={story.id}
          finding={waiving}
          onDone={(waived) => {
            setWaiving(null);
            refocus.current = true;
            if (waived) {
              setNotice({ text: 'Waived: the finding no longer blocks Ready.' });
              void checksSession.actions?.reloadWaivers();
            }
          }}
        />
      )}
    </section>
  );
}
