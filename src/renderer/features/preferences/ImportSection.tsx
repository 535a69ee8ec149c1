// "Import": how wire copy is treated as it comes in.
import type { PrefSectionProps } from './prefSections';

export function ImportSection({ prefs, save }: PrefSectionProps) {
  return (
    <div className="pref-form">
      <label className="check">
        <input type="checkbox" checked={prefs.typographyOnImport} onChange={(e) => void save({ typographyOnImport: e.target.checked })} />
        <span>Apply house typography on import (curly quotes, dashes, ellipses)</span>
      </label>
      <p className="hint">Changes apply to copy imported from now on; stories already on the desk are not touched.</p>
    </div>
  );
}
