// "Watch folder": the folder wire files are picked up from, and what the watcher says now.
import { useEffect, useState } from 'react';
import { call } from '../../bridge';
import type { PrefSectionProps } from './prefSections';

type WatchState = Awaited<ReturnType<typeof call<'watchStatus'>>>;

export function WatchSection({ prefs, save }: PrefSectionProps) {
  const [folder, setFolder] = useState(prefs.watchFolder);
  const [status, setStatus] = useState<WatchState | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    call('watchStatus', {}).then(
      (s) => live && setStatus(s),
      () => live && setStatus(null),
    );
    return () => {
      live = false;
    };
  }, [tick, prefs.watchFolder]);
  return (
    <form
      className="pref-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ watchFolder: folder.trim() }).then(() => setTick((t) => t + 1));
      }}
    >
      <label>
        <span>Folder path</span>
        <input type="text" value={folder} placeholder="Empty: not watching" onChange={(e) => setFolder(e.target.value)} />
      </label>
      <p className="watch-status" aria-label="Watch folder status">
        {status === null
          ? 'Status unknown.'
          : status.error
            ? `Not watching: ${status.error}`
            : status.active
              ? `Watching ${status.folder}. ${status.recent.length} recent file${status.recent.length === 1 ? '' : 's'}.`
              : 'Not watching a folder.'}
      </p>
      <button type="submit" className="primary" disabled={folder.trim() === prefs.watchFolder}>
        Save
      </button>
    </form>
  );
}
