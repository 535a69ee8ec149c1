// Preferences → House style: the rules in force (the shipped pack until edited) with each one's
// switch, severity and message editable in place; pattern rules added or edited with live
// validation; the whole pack imported from or exported to JSON, or reset to the shipped default.
// A refused import says why and changes nothing. Saved packs are what main's gate checks with too.
import { useRef, useState } from 'react';
import { loadRulePack, type PatternRule, type RulePack } from '../../../../shared/checks';
import { effectiveRulePack } from '../../../../shared/settings/rulePack';
import { downloadJson } from '../../../ui/download';
import type { PrefSectionProps } from '../../preferences/prefSections';
import { isShippedRule, packFileName, removeRule, updateRule, type RuleEdit } from './packEdits';
import { PatternRuleForm } from './PatternRuleForm';
import { RuleRow } from './RuleRow';

type Line = { text: string; refused?: boolean } | null;

export function HouseStyleSection({ prefs, save }: PrefSectionProps) {
  // An edit shows at once; the saved preferences take over when the save returns (or undo it).
  const [shown, setShown] = useState<{ pack: RulePack | null } | null>(null);
  const pack = shown ? (shown.pack ?? effectiveRulePack({ rulePack: null })) : effectiveRulePack(prefs);
  const isDefault = shown ? shown.pack === null : prefs.rulePack === null;
  const [line, setLine] = useState<Line>(null);
  const [editing, setEditing] = useState<{ rule: PatternRule | null } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const saving = useRef(0);

  const store = async (next: RulePack | null, said: string): Promise<boolean> => {
    const mine = ++saving.current;
    setShown({ pack: next });
    const saved = await save({ rulePack: next });
    // A later edit may be on its way: keep showing it until its own save returns.
    if (saving.current === mine) setShown(null);
    if (saved) setLine({ text: said });
    return saved;
  };
  /** Apply an edit: saved when the engine accepts the pack; its error is returned otherwise. */
  const apply = (edit: RuleEdit, said: string): string | null => {
    if (!edit.ok) return edit.error;
    void store(edit.pack, said);
    return null;
  };

  const importFile = async (file: File) => {
    const loaded = loadRulePack(await file.text());
    if (!loaded.ok) {
      setLine({ text: `Refused ${file.name}: ${loaded.error}. Your rules are unchanged.`, refused: true });
      return;
    }
    const count = loaded.pack.rules.length;
    await store(loaded.pack, `Imported “${loaded.pack.name}” (${count} ${count === 1 ? 'rule' : 'rules'}) from ${file.name}.`);
  };

  const exportFile = () => downloadJson(packFileName(pack), pack);

  return (
    <div className="pref-form house-style">
      <p className="hint">
        {isDefault ? 'The shipped house style' : `“${pack.name}”`}: {pack.rules.length} rules,{' '}
        {pack.rules.filter((r) => r.enabled !== false).length} in use. The Checks panel, the ready gate, export and{' '}
        <code>slugline check</code> all use these rules. Patterns run on a bounded matcher, so no rule can stall the editor.
      </p>
      <div className="pref-actions">
        <button type="button" onClick={() => setEditing({ rule: null })}>
          Add pattern rule
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import JSON…
        </button>
        <button type="button" onClick={exportFile}>
          Export JSON
        </button>
        <button type="button" disabled={isDefault} onClick={() => setConfirmReset(true)}>
          Reset to default…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="Rule pack file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {confirmReset && (
        <div className="banner warning" role="alert">
          <p>Replace these {pack.rules.length} rules with the shipped default? Export them first to keep a copy.</p>
          <div className="banner-actions">
            <button
              type="button"
              onClick={() => {
                setConfirmReset(false);
                void store(null, 'Back to the shipped house style.');
              }}
            >
              Reset
            </button>
            <button type="button" onClick={() => setConfirmReset(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {line && (
        <p className={line.refused ? 'error-text' : 'hint'} role={line.refused ? 'alert' : undefined}>
          {line.text}
        </p>
      )}
      {editing && (
        <PatternRuleForm
          key={editing.rule?.id ?? 'new'}
          pack={pack}
          rule={editing.rule}
          onCancel={() => setEditing(null)}
          onSave={(next) => {
            setEditing(null);
            void store(next, editing.rule ? `Rule “${editing.rule.id}” saved.` : 'Rule added.');
          }}
        />
      )}
      <table className="rules-table">
        <thead>
          <tr>
            <th scope="col">On</th>
            <th scope="col">Rule (fields)</th>
            <th scope="col">Message</th>
            <th scope="col">Severity</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {pack.rules.map((rule) => (
            <RuleRow
              key={`${rule.id}\u0000${rule.message}`}
              rule={rule}
              removable={!isShippedRule(rule.id)}
              onChange={(patch) => apply(updateRule(pack, rule.id, patch), `Rule “${rule.id}” saved.`)}
              onEdit={() => rule.kind === 'pattern' && setEditing({ rule })}
              onRemove={() => apply(removeRule(pack, rule.id), `Rule “${rule.id}” removed.`)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
