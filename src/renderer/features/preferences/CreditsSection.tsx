// "Credits": the credit dictionary (variant → house form) as an editable table, imported from or
// exported to JSON. Applying it to figures is done, with a preview, in Captions & credits.
import { useRef, useState } from 'react';
import { parseDictionaryJson, tidy, type CreditEntry } from '../../../shared/credits';
import { downloadJson } from '../../ui/download';
import type { PrefSectionProps } from './prefSections';

type Row = CreditEntry & { key: number };
let nextKey = 1;
const rowsOf = (entries: readonly CreditEntry[]): Row[] => entries.map((e) => ({ ...e, key: nextKey++ }));

export function CreditsSection({ prefs, save }: PrefSectionProps) {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(prefs.creditDictionary));
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const set = (key: number, patch: Partial<CreditEntry>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const entries = rows.map((r) => ({ variant: tidy(r.variant), house: tidy(r.house) })).filter((r) => r.variant || r.house);
  const incomplete = entries.findIndex((r) => !r.variant || !r.house);
  const changed = JSON.stringify(entries) !== JSON.stringify(prefs.creditDictionary);

  const importFile = async (file: File) => {
    try {
      const parsed = parseDictionaryJson(JSON.parse(await file.text()));
      if (!parsed.ok) setProblem(`${file.name}: ${parsed.error}`);
      else {
        setRows(rowsOf(parsed.entries));
        setProblem(`${parsed.entries.length} rows read from ${file.name}; Save to keep them.`);
      }
    } catch {
      setProblem(`${file.name}: not a JSON file.`);
    }
  };

  const exportFile = () => downloadJson('credit-dictionary.json', entries);

  return (
    <form
      className="pref-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (incomplete < 0) void save({ creditDictionary: entries });
      }}
    >
      <p className="hint">
        Each variant (any case or spacing) is shown in its house form. Structural patterns such as “AP Photo/NAME” → “NAME/AP” use the house
        forms here.
      </p>
      <table className="credit-table">
        <thead>
          <tr>
            <th scope="col">Variant</th>
            <th scope="col">House form</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key}>
              <td>
                <input
                  type="text"
                  aria-label={`Variant ${i + 1}`}
                  value={r.variant}
                  maxLength={200}
                  onChange={(e) => set(r.key, { variant: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="text"
                  aria-label={`House form ${i + 1}`}
                  value={r.house}
                  maxLength={200}
                  onChange={(e) => set(r.key, { house: e.target.value })}
                />
              </td>
              <td>
                <button type="button" aria-label={`Remove row ${i + 1}`} onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="pref-actions">
        <button
          type="button"
          onClick={() => {
            setRows((rs) => [...rs, { variant: '', house: '', key: nextKey++ }]);
            window.setTimeout(() => document.querySelector<HTMLInputElement>(`.credit-table tr:last-child input`)?.focus());
          }}
        >
          Add row
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import JSON…
        </button>
        <button type="button" onClick={exportFile}>
          Export JSON
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="Credit dictionary file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = '';
          }}
        />
        <button type="submit" className="primary" disabled={!changed || incomplete >= 0}>
          Save dictionary
        </button>
      </div>
      {incomplete >= 0 && <p className="error-text">Row {incomplete + 1} needs both a variant and a house form.</p>}
      {problem && <p className="hint">{problem}</p>}
    </form>
  );
}
