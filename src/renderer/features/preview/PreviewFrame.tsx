// The rendered page in a sandboxed iframe at a device width, scaled to fit the pane. Two frames
// take turns: a new render loads into the hidden one, which takes the visible one's place (and
// scroll position) once loaded, so there is no flash and no jump back to the top while the story
// is edited. The swap is done on the elements directly: no React render stands between the
// load and the paint.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export const DEVICE_WIDTHS = { desktop: 1024, tablet: 768, phone: 375 } as const;
export type Device = keyof typeof DEVICE_WIDTHS;

/**
 * No scripts, forms, popups or top navigation: the sandbox grants one thing only, the app's own
 * origin, so the page's images load from the app's media URLs (the media route answers only its
 * own origin) and the app can keep the reader's place between renders. Scripts stay blocked by
 * the sandbox (no allow-scripts) and by the app's CSP, which the srcdoc document inherits.
 */
export const PREVIEW_SANDBOX = 'allow-same-origin';

const LOADING_TITLE = 'Next preview (loading)';

function useBoxSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** Links in the preview go nowhere (the page is not live yet); everything else behaves as on the site. */
function holdLinks(frame: HTMLIFrameElement): void {
  frame.contentDocument?.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    if (target?.closest?.('a[href]')) event.preventDefault();
  });
}

const pick = (a: RefObject<HTMLIFrameElement | null>, b: RefObject<HTMLIFrameElement | null>, i: 0 | 1) => (i === 0 ? a : b).current;

function present(frame: HTMLIFrameElement, visible: boolean, label: string): void {
  frame.style.visibility = visible ? 'visible' : 'hidden';
  frame.inert = !visible;
  frame.title = visible ? label : LOADING_TITLE;
  frame.tabIndex = visible ? 0 : -1;
  if (visible) frame.removeAttribute('aria-hidden');
  else frame.setAttribute('aria-hidden', 'true');
}

export function PreviewFrame({ html, device, label }: { html: string; device: Device; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  const first = useRef<HTMLIFrameElement>(null);
  const second = useRef<HTMLIFrameElement>(null);
  // Which frame is on screen, and the page the hidden one is loading (null: none).
  const turn = useRef<{ front: 0 | 1; pending: string | null; labelled: string }>({ front: 0, pending: null, labelled: label });

  useLayoutEffect(() => {
    const t = turn.current;
    const front = pick(first, second, t.front);
    const back = pick(first, second, t.front === 0 ? 1 : 0);
    if (!front || !back) return;
    if (!front.srcdoc) {
      front.srcdoc = html;
      present(front, true, t.labelled);
      present(back, false, t.labelled);
    } else if (front.srcdoc !== html || t.pending !== null) {
      t.pending = html;
      back.srcdoc = html;
    }
  }, [html]);

  useEffect(() => {
    turn.current.labelled = label;
    const front = pick(first, second, turn.current.front);
    if (front) front.title = label;
  }, [label]);

  const loaded = (i: 0 | 1) => {
    const frame = pick(first, second, i);
    const t = turn.current;
    if (!frame) return;
    holdLinks(frame);
    if (i === t.front || t.pending === null || frame.srcdoc !== t.pending) return;
    const before = pick(first, second, t.front);
    const from = before?.contentWindow;
    if (from) frame.contentWindow?.scrollTo(from.scrollX, from.scrollY);
    present(frame, true, t.labelled);
    if (before) present(before, false, t.labelled);
    t.front = i;
    t.pending = null;
  };

  const width = DEVICE_WIDTHS[device];
  const scale = size.width > 0 ? Math.min(1, size.width / width) : 1;
  const style = {
    width,
    height: size.height > 0 ? size.height / scale : '100%',
    left: Math.max(0, (size.width - width * scale) / 2),
    transform: `scale(${scale})`,
  };
  return (
    <div ref={box} className={`preview-frame-box device-${device}`}>
      <iframe ref={first} className="preview-frame" sandbox={PREVIEW_SANDBOX} style={style} onLoad={() => loaded(0)} />
      <iframe ref={second} className="preview-frame" sandbox={PREVIEW_SANDBOX} style={style} onLoad={() => loaded(1)} />
    </div>
  );
}
