// The find and replace bar (Ctrl/Cmd+F, Ctrl/Cmd+H) over every field of the open story:
// match case, whole word, regular expressions; next/previous with the match painted and scrolled
// to; replace one, or replace all as one undoable step.
import { mergeRegister } from '@lexical/utils';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStoryEditors, type RegisteredEditor } from '../../editor/fields/storyEditors';
import { keysOf } from '../shortcuts/shortcutList';
import { compileQuery, findMatchesWithin, MAX_MATCHES, planReplacements, type FindOptions, type TextMatch } from './findEngine';
import { clearHighlights, showMatches } from './highlight';
import { applyStoryEdits, storySegments, type Segment } from './storyText';

export type FindMode = 'find' | 'replace';

interface Found {
  segments: Segment[];
  matches: TextMatch[];
  /** The pattern ran out of matcher steps: the list may be incomplete. */
  stopped?: boolean;
}

export function FindPanel(props: { mode: FindMode; initialQuery: string; openCount: number; onClose(): void }) {
  const { mode, initialQuery, openCount, onClose } = props;
  const editors = useStoryEditors();
  const id = useId();
  const [query, setQuery] = useState(initialQuery);
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false, regex: false });
  const [showReplace, setShowReplace] = useState(mode === 'replace');
  const [found, setFound] = useState<Found>({ segments: [], matches: [] });
  const [current, setCurrent] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [canUndoAll, setCanUndoAll] = useState(false);
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const compiled = useMemo(() => compileQuery(query, options), [query, options]);

  useEffect(() => {
    if (initialQuery) setQuery(initialQuery);
  }, [initialQuery, openCount]);

  // Each Ctrl+F / Ctrl+H (even while open) puts the caret where that shortcut promises, once the
  // field it needs is on screen.
  const pendingFocus = useRef<FindMode | null>(null);
  useEffect(() => {
    pendingFocus.current = mode;
    if (mode === 'replace') setShowReplace(true);
  }, [mode, openCount]);
  useEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    const target = want === 'replace' && findInput.current?.value ? replaceInput.current : findInput.current;
    if (!target) return;
    pendingFocus.current = null;
    target.focus();
    target.select();
  });

  const search = useCallback((): Found => {
    const fields: RegisteredEditor[] = editors?.list() ?? [];
    const segments = storySegments(fields);
    const { matches, stopped } = findMatchesWithin(
      segments.map((s) => s.text),
      compiled,
    );
    return { segments, matches, stopped };
  }, [editors, compiled]);

  // New query or options: search again and show the first match.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const next = search();
      setFound(next);
      setCurrent(0);
      showMatches(next.segments, next.matches, 0, true);
    }, 80);
    return () => window.clearTimeout(timer);
  }, [search]);

  // The text changes while the bar is open: keep the matches in step (without jumping around).
  const currentRef = useRef(current);
  currentRef.current = current;
  useEffect(() => {
    if (!editors) return;
    let timer: number | null = null;
    const refresh = () => {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const next = search();
        const index = Math.min(currentRef.current, Math.max(0, next.matches.length - 1));
        setFound(next);
        setCurrent(index);
        setCanUndoAll(editors.history.canUndo());
        showMatches(next.segments, next.matches, index, false);
      }, 250);
    };
    const unregister = mergeRegister(...editors.list().map((f) => f.editor.registerUpdateListener(refresh)));
    return () => {
      unregister();
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [editors, search]);

  useEffect(() => () => clearHighlights(), []);

  const total = found.matches.length;
  const go = (delta: number) => {
    if (total === 0) return;
    const index = (current + delta + total) % total;
    setCurrent(index);
    showMatches(found.segments, found.matches, index, true);
  };

  const refreshAfterEdit = (index: number) => {
    const next = search();
    const clamped = Math.min(index, Math.max(0, next.matches.length - 1));
    setFound(next);
    setCurrent(clamped);
    showMatches(next.segments, next.matches, clamped, true);
  };

  const replaceOne = () => {
    const match = found.matches[current];
    if (!match || !compiled.ok) return;
    applyStoryEdits(found.segments, planReplacements([match], replacement, options));
    setMessage(null);
    refreshAfterEdit(current);
  };

  const replaceAll = () => {
    if (!editors || !compiled.ok || total === 0) return;
    const fields = new Set(found.matches.map((m) => found.segments[m.segment]!.field));
    const targets = [...fields].map((f) => editors.get(f)).filter((f): f is RegisteredEditor => Boolean(f));
    const snapshot = editors.history.snapshot(targets);
    applyStoryEdits(found.segments, planReplacements(found.matches, replacement, options));
    editors.history.record(snapshot);
    setCanUndoAll(editors.history.canUndo());
    setMessage(`Replaced ${total} ${total === 1 ? 'match' : 'matches'} in ${fields.size} ${fields.size === 1 ? 'field' : 'fields'}.`);
    refreshAfterEdit(0);
  };

  const undoAll = () => {
    if (editors?.history.undo()) setMessage('Replace all undone.');
    setCanUndoAll(false);
    refreshAfterEdit(current);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'F3') {
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    }
  };

  const active = found.matches[current];
  const where = active ? found.segments[active.segment]?.label : undefined;
  const countText = !query
    ? ''
    : !compiled.ok
      ? ''
      : total === 0
        ? found.stopped
          ? 'Search stopped: this pattern is too costly on this story'
          : 'No matches'
        : `${current + 1} of ${total >= MAX_MATCHES || found.stopped ? `${total}+` : total}${where ? ` · ${where}` : ''}`;

  return (
    <div className="find-panel" role="search" aria-label="Find and replace" onKeyDown={onKeyDown}>
      <div className="find-row">
        <button
          type="button"
          className="find-toggle"
          aria-expanded={showReplace}
          aria-controls={`${id}-replace`}
          aria-label={showReplace ? 'Hide replace' : 'Show replace'}
          title={`Replace (${keysOf('replace')})`}
          onClick={() => setShowReplace((v) => !v)}
        >
          {showReplace ? '▾' : '▸'}
        </button>
        <input
          ref={findInput}
          type="search"
          aria-label="Find"
          placeholder="Find in story"
          value={query}
          spellCheck={false}
          aria-invalid={!compiled.ok && compiled.error ? true : undefined}
          aria-describedby={`${id}-count`}
          onChange={(e) => {
            setQuery(e.target.value);
            setMessage(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              go(e.shiftKey ? -1 : 1);
            }
          }}
        />
        <span id={`${id}-count`} className="find-count" aria-live="polite">
          {countText}
        </span>
        <button
          type="button"
          aria-label="Previous match"
          title="Previous match (Shift+Enter)"
          disabled={total === 0}
          onClick={() => go(-1)}
        >
          ↑
        </button>
        <button type="button" aria-label="Next match" title="Next match (Enter)" disabled={total === 0} onClick={() => go(1)}>
          ↓
        </button>
        <button type="button" className="find-close" aria-label="Close find" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="find-row find-options" role="group" aria-label="Find options">
        <label className="find-option">
          <input type="checkbox" checked={options.matchCase} onChange={(e) => setOptions({ ...options, matchCase: e.target.checked })} />
          Match case
        </label>
        <label className="find-option">
          <input type="checkbox" checked={options.wholeWord} onChange={(e) => setOptions({ ...options, wholeWord: e.target.checked })} />
          Whole word
        </label>
        <label className="find-option">
          <input type="checkbox" checked={options.regex} onChange={(e) => setOptions({ ...options, regex: e.target.checked })} />
          Regular expression
        </label>
      </div>
      {showReplace && (
        <div className="find-row" id={`${id}-replace`}>
          <input
            ref={replaceInput}
            type="text"
            aria-label="Replace with"
            placeholder={options.regex ? 'Replace with ($1 for a group)' : 'Replace with'}
            value={replacement}
            spellCheck={false}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              if (e.altKey && (e.ctrlKey || e.metaKey)) replaceAll();
              else replaceOne();
            }}
          />
          <button type="button" disabled={!active} onClick={replaceOne}>
            Replace
          </button>
          <button type="button" disabled={total === 0} onClick={replaceAll} title={`Replace all (${keysOf('replace-all')})`}>
            Replace all
          </button>
          {canUndoAll && (
            <button type="button" onClick={undoAll}>
              Undo replace all
            </button>
          )}
        </div>
      )}
      {!compiled.ok && compiled.error && (
        <p role="alert" className="error-text find-message">
          {compiled.error}
        </p>
      )}
      {message && <p className="find-message">{message}</p>}
    </div>
  );
}
