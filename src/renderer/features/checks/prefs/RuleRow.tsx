// One rule in Preferences → House style: switch it on or off, change its severity and message in
// place (a message is saved when the field is left or Enter is pressed, and only when valid), and
// edit or remove a pattern rule.
import { useState } from 'react';
import { CHECK_FIELDS, SEVERITIES, type Rule, type Severity } from '../../../../shared/checks';
import { placeLabel } from '../places';

interface Props {
  rule: Rule;
  removable: boolean;
  onChange(patch: Partial<Pick<Rule, 'enabled' | 'severity' | 'message'>>): string | null;
  onEdit(): void;
  onRemove(): void;
}

export function RuleRow({ rule, removable, onChange, onEdit, onRemove }: Props) {
  const [message, setMessage] = useState(rule.message);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = `rule-${rule.id}-problem`;
  const commitMessage = () => {
    if (message === rule.message) return setProblem(null);
    setProblem(onChange({ message }));
  };
  const fields =
    rule.fields.length === CHECK_FIELDS.length
      ? 'All fields'
      : rule.fields.map((f) => (f === 'tags' ? 'Tags' : placeLabel({ field: f }))).join(', ');
  return (
    <tr className={rule.enabled === false ? 'rule-off' : undefined}>
      <td>
        <input
          type="checkbox"
          aria-label={`Use rule ${rule.id}`}
          checked={rule.enabled !== false}
          onChange={(e) => onChange({ enabled: e.target.checked })}
        />
      </td>
      <td>
        <span className="mono rule-id" title={rule.description ?? ''}>
          {rule.id}
        </span>
        <span className="rule-kind">{rule.kind === 'pattern' ? 'pattern' : rule.check}</span>
        <span className="rule-fields-cell">{fields}</span>
      </td>
      <td>
        <input
          type="text"
          aria-label={`Message of rule ${rule.id}`}
          value={message}
          maxLength={300}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => setMessage(e.target.value)}
          onBlur={commitMessage}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitMessage();
            } else if (e.key === 'Escape' && message !== rule.message) {
              // Undo the typing, and keep the dialog open (Escape would close it).
              e.preventDefault();
              setMessage(rule.message);
              setProblem(null);
            }
          }}
        />
        {problem && (
          <span id={problemId} className="field-problem">
            {problem}
          </span>
        )}
      </td>
      <td>
        <select
          aria-label={`Severity of rule ${rule.id}`}
          value={rule.severity}
          onChange={(e) => onChange({ severity: e.target.value as Severity })}
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </td>
      <td className="rule-actions">
        {rule.kind === 'pattern' && (
          <button type="button" onClick={onEdit} aria-label={`Edit rule ${rule.id}`}>
            Edit
          </button>
        )}
        {removable && (
          <button type="button" onClick={onRemove} aria-label={`Remove rule ${rule.id}`}>
            ✕
          </button>
        )}
      </td>
    </tr>
  );
}
