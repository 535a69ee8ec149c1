// The "Preview" side tab: the page as it will be published, rendered from the draft, at desktop,
// tablet or phone width and in light or dark; the renderer's warnings under it; then how search
// results and social cards will show it. Export and Copy HTML for the open story sit in its bar.
import { useId, useState } from 'react';
import { CopyHtmlButton } from '../export/CopyHtmlButton';
import { ExportControl } from '../export/ExportControl';
import type { SideTabProps } from '../side/SidePanel';
import { withColorScheme, type PreviewScheme } from './colorScheme';
import { DEVICE_WIDTHS, PreviewFrame, type Device } from './PreviewFrame';
import { SearchSnippet, SocialCard } from './SnippetPreviews';
import { useDraftPreview } from './useDraftPreview';

const DEVICES: Array<{ id: Device; label: string }> = [
  { id: 'desktop', label: 'Desktop' },
  { id: 'tablet', label: 'Tablet' },
  { id: 'phone', label: 'Phone' },
];

const DEVICE_KEY = 'slugline.preview.device';
const systemScheme = (): PreviewScheme =>
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

export function PreviewTab({ story, draft }: SideTabProps) {
  const preview = useDraftPreview(story, draft);
  const [device, setDevice] = useState<Device>(() => {
    const saved = localStorage.getItem(DEVICE_KEY);
    return saved === 'tablet' || saved === 'phone' ? saved : 'desktop';
  });
  const [scheme, setScheme] = useState<PreviewScheme>(systemScheme);
  const name = useId();

  const choose = (next: Device) => {
    setDevice(next);
    localStorage.setItem(DEVICE_KEY, next);
  };

  return (
    <section className="preview-tab" aria-label="Publish preview">
      <div className="preview-bar">
        <fieldset className="segmented">
          <legend className="visually-hidden">Preview width</legend>
          {DEVICES.map((d) => (
            <label key={d.id} className={device === d.id ? 'on' : ''}>
              <input type="radio" name={name} value={d.id} checked={device === d.id} onChange={() => choose(d.id)} />
              {d.label} <span className="muted">{DEVICE_WIDTHS[d.id]}</span>
            </label>
          ))}
        </fieldset>
        <button type="button" aria-pressed={scheme === 'dark'} onClick={() => setScheme((s) => (s === 'dark' ? 'light' : 'dark'))}>
          Dark
        </button>
        <span className="preview-bar-end">
          <CopyHtmlButton story={story} draft={draft} />
          <ExportControl story={story} draft={draft} />
        </span>
      </div>
      {preview ? (
        <>
          <PreviewFrame
            html={withColorScheme(preview.html, scheme)}
            device={device}
            label={`Page preview, ${device} width (${DEVICE_WIDTHS[device]} px), ${scheme}`}
          />
          <section className="preview-warnings" aria-label="Preview warnings">
            {preview.warnings.length === 0 ? (
              <p className="muted">No warnings: the page is ready as far as the renderer can tell.</p>
            ) : (
              <ul>
                {preview.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            )}
          </section>
          <div className="snippet-previews">
            <SearchSnippet snippet={preview.snippet} />
            <SocialCard snippet={preview.snippet} />
          </div>
        </>
      ) : (
        <p className="muted">Loading the story…</p>
      )}
    </section>
  );
}
