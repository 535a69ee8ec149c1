// Wavy underlines for house-style findings in every field of the open story (errors red, warnings
// amber, suggestions dotted), painted with the CSS Custom Highlight API: no spans in the editors, so
// nothing reaches the saved text or the undo history. A finding's message shows on hover and, for
// keyboard and screen-reader users, when the caret enters a flagged range (a polite live region).
// Photo credit and alt text are <input>s, which cannot hold highlights: the input is marked instead.
// Mounted once among the story's fields (StoryFields); the findings come from the checks session.
import { useEffect, useRef, useState } from 'react';
import { gateFindings, type Finding, type Severity } from '../../../shared/checks';
import { checksSession, useChecksState, type ChecksState } from '../../features/checks/checksSession';
import { figureInput, readPlaces } from '../../features/checks/editorPlaces';
import { waiverOfRecord } from '../../../shared/workflow/waivers';
import { alignLines, piecesOf } from '../../features/checks/lineMap';
import { placeKey } from '../../features/checks/places';
import { rangeOf } from '../../features/find/highlight';
import { useStoryEditors, type StoryEditors } from '../fields/storyEditors';

const HIGHLIGHT: Record<Severity, string> = { error: 'check-error', warning: 'check-warning', info: 'check-info' };
const SEVERITY_WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Suggestion' };
/** Painting tens of thousands of ranges costs more than it shows (find stops at the same number). */
const MAX_PAINTED = 2000;

interface Painted {
  range: Range;
  finding: Finding;
}

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

function clearPaint(): void {
  if (supported()) for (const name of Object.values(HIGHLIGHT)) CSS.highlights.delete(name);
  for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[data-check-severity]'))) {
    input.removeAttribute('data-check-severity');
    input.removeAttribute('aria-description');
    input.removeAttribute('title');
  }
}

const describe = (f: Finding) => `${SEVERITY_WORD[f.severity]}: ${f.message}`;

/** Paint the findings no waiver covers; returns what was painted, for hover and caret. */
function paint(editors: StoryEditors, state: Pick<ChecksState, 'findings' | 'texts' | 'waivers'>): Painted[] {
  clearPaint();
  const places = readPlaces(editors);
  const { waived } = gateFindings(state.findings, state.waivers.map(waiverOfRecord));
  const skip = new Set(waived);
  const byPlace = new Map<string, Finding[]>();
  for (const f of state.findings) {
    if (f.notice || skip.has(f)) continue;
    const key = placeKey(f);
    byPlace.set(key, [...(byPlace.get(key) ?? []), f]);
  }
  const painted: Painted[] = [];
  const ranges: Record<Severity, Range[]> = { error: [], warning: [], info: [] };
  const add = (range: Range, finding: Finding) => {
    if (painted.length >= MAX_PAINTED) return;
    painted.push({ range, finding });
    ranges[finding.severity].push(range);
  };
  for (const [key, list] of byPlace) {
    const place = places.get(key);
    const text = state.texts[key];
    if (!place || text === undefined) continue;
    if (place.figure) {
      const input = figureInput(place.editor, place.figure);
      if (!input || place.figure.text !== text) continue;
      const worst = list.find((f) => f.severity === 'error') ?? list.find((f) => f.severity === 'warning') ?? list[0]!;
      input.setAttribute('data-check-severity', worst.severity);
      input.setAttribute('aria-description', list.map(describe).join('. '));
      input.setAttribute('title', list.map(describe).join('\n'));
      continue;
    }
    if (place.tag) {
      const element = place.editor.getElementByKey(place.tag.key);
      if (!element || place.tag.text !== text) continue;
      const range = document.createRange();
      range.selectNodeContents(element);
      for (const f of list) add(range, f);
      continue;
    }
    const lines = place.lines.map((l) => l.text);
    const starts = alignLines(text, lines);
    if (!starts) continue; // typed since the run: the next run paints this place
    for (const f of list) {
      for (const piece of piecesOf(starts, lines, f.start, f.end)) {
        if (piece.end <= piece.start) continue;
        const range = rangeOf(place.lines[piece.line]!, { segment: 0, start: piece.start, end: piece.end, groups: [], named: undefined });
        if (range) add(range, f);
      }
    }
  }
  if (supported()) {
    for (const severity of Object.keys(ranges) as Severity[]) {
      if (ranges[severity].length) CSS.highlights.set(HIGHLIGHT[severity], new Highlight(...ranges[severity]));
    }
  }
  return painted;
}

/** The findings painted at a point of the document (a caret, or under the pointer). */
function findingsAt(painted: readonly Painted[], node: Node, offset: number): Finding[] {
  const out: Finding[] = [];
  for (const p of painted) {
    try {
      if (p.range.isPointInRange(node, offset) && !p.range.collapsed && !out.includes(p.finding)) out.push(p.finding);
    } catch {
      // A point in another document or a detached node: not in this range.
    }
  }
  return out;
}

interface Tip {
  text: string;
  x: number;
  y: number;
}

export function CheckUnderlinesPlugin() {
  const editors = useStoryEditors();
  const state = useChecksState();
  const painted = useRef<Painted[]>([]);
  const [tip, setTip] = useState<Tip | null>(null);
  const [spoken, setSpoken] = useState('');

  useEffect(() => {
    if (!editors) return;
    checksSession.editors = editors;
    return () => {
      if (checksSession.editors === editors) checksSession.editors = null;
      clearPaint();
      painted.current = [];
    };
  }, [editors]);

  const { findings, texts, waivers } = state;
  useEffect(() => {
    if (!editors) return;
    const started = performance.now();
    painted.current = paint(editors, { findings, texts, waivers });
    performance.measure('slugline:checks-paint', { start: started, end: performance.now() });
  }, [editors, findings, texts, waivers]);

  // Hover: the message of what is under the pointer. Caret: the same, and said aloud once.
  useEffect(() => {
    let frame = 0;
    let caretTip = false;
    let lastSpoken = '';
    const onMove = (event: MouseEvent) => {
      if (frame) return;
      const { clientX: x, clientY: y } = event;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const target = document.elementFromPoint(x, y);
        if (!target?.closest('[contenteditable="true"]')) {
          if (!caretTip) setTip(null);
          return;
        }
        const at = document.caretPositionFromPoint?.(x, y);
        const found = at ? findingsAt(painted.current, at.offsetNode, at.offset) : [];
        caretTip = false;
        setTip(found.length ? { text: found.map(describe).join('\n'), x, y: y + 18 } : null);
      });
    };
    const onSelection = () => {
      const selection = document.getSelection();
      const node = selection?.anchorNode;
      if (!selection || !node || !selection.isCollapsed || !node.parentElement?.closest('[contenteditable="true"]')) {
        if (caretTip) setTip(null);
        caretTip = false;
        lastSpoken = '';
        return;
      }
      const found = findingsAt(painted.current, node, selection.anchorOffset);
      const text = found.map(describe).join('. ');
      if (!text) {
        if (caretTip) setTip(null);
        caretTip = false;
        lastSpoken = '';
        return;
      }
      const box = selection.getRangeAt(0).getBoundingClientRect();
      caretTip = true;
      setTip({ text: found.map(describe).join('\n'), x: box.left, y: box.bottom + 6 });
      if (text !== lastSpoken) setSpoken((lastSpoken = text));
    };
    document.addEventListener('mousemove', onMove, { passive: true });
    document.addEventListener('selectionchange', onSelection);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('mousemove', onMove);
      document.removeEventListener('selectionchange', onSelection);
    };
  }, []);

  return (
    <>
      {tip && (
        <div className="check-tip" role="tooltip" style={{ left: tip.x, top: tip.y }}>
          {tip.text}
        </div>
      )}
      {/* A live region without role="status": the story pane's one status is its save state. */}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="check-announcer">
        {spoken}
      </div>
    </>
  );
}
