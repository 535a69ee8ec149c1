// "Backups": the backups folder's contents, "Back up now", and "Restore…" (which first backs up
// the database as it is, so a restore can be undone).
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../bridge';

type BackupInfo = Awaited<ReturnType<typeof call<'backupList'>>>['backups'][number];

const KIND_LABEL: Record<BackupInfo['kind'], string> = { automatic: 'Daily', manual: 'Manual', 'before-restore': 'Before a restore' };

function size(bytes: number): string {
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function BackupsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [folder, setFolder] = useState('');
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const res = await call('backupList', {});
      setFolder(res.folder);
      setBackups(res.backups);
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    }
  }, []);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      setMessage(null);
      setConfirming(null);
      void load();
    }
    if (!open && el.open) el.close();
  }, [open, load]);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ text: await work(), error: false });
      await load();
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  return (
    <dialog ref={dialog} aria-labelledby="backups-title" onClose={onClose}>
      <h2 id="backups-title">Backups</h2>
      <p className="hint">
        A copy is made every day (the last 7 are kept). Backups are in <code>{folder}</code>.
      </p>
      <div className="import-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void run(async () => `Backed up as ${(await call('backupNow', {})).file}`)}
        >
          Back up now
        </button>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text' : 'ok-text'}>
          {message.text}
        </p>
      )}
      <table className="backup-table" aria-label="Backups">
        <thead>
          <tr>
            <th scope="col">Made</th>
            <th scope="col">Kind</th>
            <th scope="col">Size</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.length === 0 && (
            <tr>
              <td colSpan={4}>No backups yet.</td>
            </tr>
          )}
          {backups.map((b) => (
            <tr key={b.file}>
              <td>{new Date(b.createdAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}</td>
              <td>{KIND_LABEL[b.kind]}</td>
              <td>{size(b.bytes)}</td>
              <td>
                {confirming === b.file ? (
                  <span className="confirm">
                    Replace every story with this backup?{' '}
                    <button
                      type="button"
                      className="danger"
                      disabled={busy}
                      onClick={() =>
                        void run(async () => {
                          const res = await call('backupRestore', { file: b.file });
                          return `Restored. The database as it was is kept as ${res.safetyCopy.file}.`;
                        })
                      }
                    >
                      Restore
                    </button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>
                      Keep current
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => setConfirming(b.file)}
                    aria-label={`Restore the backup made ${b.createdAt}`}
                  >
                    Restore…
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-footer">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
