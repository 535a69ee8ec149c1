// Preferences → "Publishing": the site template every page is rendered with (masthead, site URL,
// section, language, date format, time zone, colours) and the folder exports go into. Saved
// together; the preview follows at once.
import { useId, useMemo, useState } from 'react';
import type { Preferences } from '../../../shared/settings/preferences';
import type { PrefSectionProps } from '../preferences/prefSections';

type Site = Preferences['site'];

const TEXT_FIELDS: Array<{ key: 'masthead' | 'siteUrl' | 'section' | 'language'; label: string; hint?: string }> = [
  { key: 'masthead', label: 'Masthead' },
  { key: 'siteUrl', label: 'Site URL', hint: 'Canonical addresses are this plus the story’s slug.' },
  { key: 'section', label: 'Section name', hint: 'Shown above the headline; empty for none.' },
  { key: 'language', label: 'Language', hint: 'A language tag such as en, fr or pt-BR; a story’s own language wins.' },
];
const COLOURS: Array<{ key: 'accent' | 'text' | 'background'; label: string }> = [
  { key: 'accent', label: 'Accent colour' },
  { key: 'text', label: 'Text colour' },
  { key: 'background', label: 'Background colour' },
];

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}

export function PublishingSection({ prefs, save }: PrefSectionProps) {
  const [site, setSite] = useState<Site>(prefs.site);
  const [folder, setFolder] = useState(prefs.exportFolder);
  const id = useId();
  const zones = useMemo(timeZones, []);

  const changed = folder.trim() !== prefs.exportFolder || JSON.stringify(site) !== JSON.stringify(prefs.site);
  const set = <K extends keyof Site>(key: K, value: Site[K]) => setSite((s) => ({ ...s, [key]: value }));

  return (
    <form
      className="pref-form publishing-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ site: { ...site, siteUrl: site.siteUrl.trim() }, exportFolder: folder.trim() });
      }}
    >
      {TEXT_FIELDS.map((f) => (
        <label key={f.key}>
          <span>{f.label}</span>
          <input
            type="text"
            value={site[f.key]}
            onChange={(e) => set(f.key, e.target.value)}
            aria-describedby={f.hint ? `${id}-${f.key}` : undefined}
          />
          {f.hint && (
            <span id={`${id}-${f.key}`} className="hint">
              {f.hint}
            </span>
          )}
        </label>
      ))}
      <label>
        <span>Date format</span>
        <select value={site.dateFormat} onChange={(e) => set('dateFormat', e.target.value as Site['dateFormat'])}>
          <option value="long">Long: April 12, 2026 at 9:30 AM (in the story’s language)</option>
          <option value="medium">Medium: Apr 12, 2026</option>
          <option value="iso">ISO: 2026-04-12 09:30</option>
        </select>
      </label>
      <label>
        <span>Time zone</span>
        <input type="text" list={`${id}-zones`} value={site.timeZone} onChange={(e) => set('timeZone', e.target.value)} />
        <datalist id={`${id}-zones`}>
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </label>
      <div className="colour-row">
        {COLOURS.map((c) => (
          <label key={c.key}>
            <span>{c.label}</span>
            <input type="color" value={site[c.key]} onChange={(e) => set(c.key, e.target.value)} />
          </label>
        ))}
      </div>
      <label>
        <span>Export folder</span>
        <input
          type="text"
          value={folder}
          placeholder="Empty: the exports folder in Slugline’s data folder"
          onChange={(e) => setFolder(e.target.value)}
          aria-describedby={`${id}-folder`}
        />
        <span id={`${id}-folder`} className="hint">
          A full path. Exports from the app go here (or a subfolder named in the export dialog); it is created when first used.
        </span>
      </label>
      <button type="submit" className="primary" disabled={!changed}>
        Save
      </button>
    </form>
  );
}
