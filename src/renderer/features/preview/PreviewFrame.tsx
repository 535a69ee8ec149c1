// The rendered page in a sandboxed iframe at a device width, scaled to fit the pane. A new render
// loads into a hidden second frame that takes the visible one's place (and scroll position) once
// loaded: no flash, and no jump back to the top while the story is being edited.
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

interface Frame {
  key: number;
  html: string;
}

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

export function PreviewFrame({ html, device, label }: { html: string; device: Device; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  const [frames, setFrames] = useState<Frame[]>([{ key: 0, html }]);
  const shown = useRef(0);
  const nextKey = useRef(1);
  const elements = useRef(new Map<number, HTMLIFrameElement>());

  useEffect(() => {
    setFrames((list) => {
      const visible = list.find((f) => f.key === shown.current);
      if (!visible) return [{ key: nextKey.current++, html }];
      if (visible.html === html) return [visible];
      return [visible, { key: nextKey.current++, html }];
    });
  }, [html]);

  const loaded = (key: number) => {
    const frame = elements.current.get(key);
    if (!frame) return;
    holdLinks(frame);
    if (key === shown.current) return;
    const before = elements.current.get(shown.current)?.contentWindow;
    if (before) frame.contentWindow?.scrollTo(before.scrollX, before.scrollY);
    shown.current = key;
    setFrames((list) => list.filter((f) => f.key >= key));
  };

  const width = DEVICE_WIDTHS[device];
  const scale = size.width > 0 ? Math.min(1, size.width / width) : 1;
  const left = Math.max(0, (size.width - width * scale) / 2);
  return (
    <div ref={box} className={`preview-frame-box device-${device}`}>
      {frames.map((frame) => {
        const visible = frame.key === shown.current;
        return (
          <iframe
            key={frame.key}
            ref={(el) => {
              if (el) elements.current.set(frame.key, el);
              else elements.current.delete(frame.key);
            }}
            className="preview-frame"
            title={visible ? label : 'Next preview (loading)'}
            sandbox={PREVIEW_SANDBOX}
            srcDoc={frame.html}
            onLoad={() => loaded(frame.key)}
            aria-hidden={visible ? undefined : true}
            tabIndex={visible ? 0 : -1}
            style={{
              width,
              height: size.height > 0 ? size.height / scale : '100%',
              left,
              transform: `scale(${scale})`,
              visibility: visible ? 'visible' : 'hidden',
            }}
          />
        );
      })}
    </div>
  );
}
