// "You": the name recorded on revisions, workflow changes and claims from this seat.
import { useState } from 'react';
import type { PrefSectionProps } from './prefSections';

export function YouSection({ prefs, save }: PrefSectionProps) {
  const [name, setName] = useState(prefs.userName);
  return (
    <form
      className="pref-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ userName: name.trim() });
      }}
    >
      <label>
        <span>Your name</span>
        <input type="text" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </label>
      <p className="hint">Shown in history and to other seats as “Being edited by {name.trim() || '…'}”.</p>
      <button type="submit" className="primary" disabled={!name.trim() || name.trim() === prefs.userName}>
        Save
      </button>
    </form>
  );
}
