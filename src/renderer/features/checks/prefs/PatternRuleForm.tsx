// Add or edit a pattern rule: id, message, severity, fields, pattern, flags and an optional fix,
// validated as it is typed by the engine's own schema (the problem shown next to its field), with
// a sample text to try the pattern on. Patterns run on the bounded matcher, as in every check.
import { useId, useMemo, useState } from 'react';
import { CHECK_FIELDS, checkStory, SEVERITIES, type PatternRule, type RulePack, type Severity } from '../../../../shared/checks';
import { defaultPreferences } from '../../../../shared/settings/preferences';
import { documentFromText } from '../../../../shared/story/document';
import { placeLabel } from '../places';
import { ruleProblems, upsertPatternRule } from './packEdits';

interface Draft {
  id: string;
  message: string;
  severity: Severity;
  fields: string[];
  pattern: string;
  flags: string;
  fix: string;
  description: string;
}

const draftOf = (rule: PatternRule | null): Draft => ({
  id: rule?.id ?? '',
  message: rule?.message ?? 'House style: “{match}”',
  severity: rule?.severity ?? 'warning',
  fields: rule ? [...rule.fields] : ['headline', 'deck', 'body', 'caption'],
  pattern: rule?.pattern ?? '',
  flags: rule?.flags ?? '',
  fix: rule?.fix ?? '',
  description: rule?.description ?? '',
});

function ruleOf(draft: Draft, base: PatternRule | null): Record<string, unknown> {
  return {
    ...(base ?? {}),
    id: draft.id.trim(),
    kind: 'pattern',
    message: draft.message,
    severity: draft.severity,
    fields: draft.fields,
    pattern: draft.pattern,
    ...(draft.flags ? { flags: draft.flags } : { flags: undefined }),
    ...(draft.fix ? { fix: draft.fix } : { fix: undefined }),
    ...(draft.description.trim() ? { description: draft.description.trim() } : { description: undefined }),
  };
}

const SAMPLE_PREFS = defaultPreferences();

export function PatternRuleForm(props: { pack: RulePack; rule: PatternRule | null; onSave(pack: RulePack): void; onCancel(): void }) {
  const { pack, rule, onSave, onCancel } = props;
  const [draft, setDraft] = useState<Draft>(() => draftOf(rule));
  const [sample, setSample] = useState('');
  const id = useId();
  const replacing = rule?.id ?? null;
  const candidate = useMemo(() => JSON.parse(JSON.stringify(ruleOf(draft, rule))) as Record<string, unknown>, [draft, rule]);
  const problems = useMemo(() => ruleProblems(candidate, pack, replacing), [candidate, pack, replacing]);
  const result = useMemo(
    () => (Object.keys(problems).length ? null : upsertPatternRule(pack, candidate as PatternRule, replacing)),
    [problems, pack, candidate, replacing],
  );
  const tried = useMemo(() => {
    if (!result?.ok || !sample) return null;
    const only = { name: 'try', rules: [{ ...(candidate as PatternRule), fields: ['body' as const], enabled: true }] };
    return checkStory({ body: documentFromText(sample) }, only, { preferences: SAMPLE_PREFS });
  }, [result, sample, candidate]);

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const problemFor = (key: string) =>
    problems[key] ? (
      <span id={`${id}-${key}-problem`} className="field-problem">
        {problems[key]}
      </span>
    ) : null;
  const described = (key: string) => (problems[key] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${key}-problem` } : {});

  return (
    <form
      className="rule-form"
      aria-label={rule ? `Edit rule ${rule.id}` : 'New pattern rule'}
      onSubmit={(e) => {
        e.preventDefault();
        if (result?.ok) onSave(result.pack);
      }}
    >
      <h3>{rule ? `Edit rule “${rule.id}”` : 'New pattern rule'}</h3>
      <label>
        <span>Rule id</span>
        <input type="text" value={draft.id} maxLength={64} onChange={(e) => set({ id: e.target.value })} {...described('id')} />
        {problemFor('id')}
      </label>
      <label>
        <span>Pattern (regular expression)</span>
        <input
          type="text"
          className="mono"
          value={draft.pattern}
          spellCheck={false}
          onChange={(e) => set({ pattern: e.target.value })}
          {...described('pattern')}
        />
        {problemFor('pattern')}
      </label>
      <div className="rule-form-row">
        <label>
          <span>Flags (i, m, s, u)</span>
          <input
            type="text"
            className="mono"
            value={draft.flags}
            maxLength={4}
            onChange={(e) => set({ flags: e.target.value })}
            {...described('flags')}
          />
          {problemFor('flags')}
        </label>
        <label>
          <span>Severity</span>
          <select value={draft.severity} onChange={(e) => set({ severity: e.target.value as Severity })}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        <span>Message ({'{match}'} is the flagged text)</span>
        <input
          type="text"
          value={draft.message}
          maxLength={300}
          onChange={(e) => set({ message: e.target.value })}
          {...described('message')}
        />
        {problemFor('message')}
      </label>
      <label>
        <span>Fix (optional replacement: $&amp; the match, $1 a group; empty = no fix)</span>
        <input
          type="text"
          className="mono"
          value={draft.fix}
          maxLength={500}
          onChange={(e) => set({ fix: e.target.value })}
          {...described('fix')}
        />
        {problemFor('fix')}
      </label>
      <fieldset className="rule-fields" {...described('fields')}>
        <legend>Fields</legend>
        {CHECK_FIELDS.map((f) => (
          <label key={f} className="check">
            <input
              type="checkbox"
              checked={draft.fields.includes(f)}
              onChange={(e) =>
                set({
                  fields: e.target.checked
                    ? CHECK_FIELDS.filter((x) => x === f || draft.fields.includes(x))
                    : draft.fields.filter((x) => x !== f),
                })
              }
            />
            {f === 'tags' ? 'Tags' : placeLabel({ field: f })}
          </label>
        ))}
        {problemFor('fields')}
      </fieldset>
      <label>
        <span>Description (optional)</span>
        <input type="text" value={draft.description} maxLength={1000} onChange={(e) => set({ description: e.target.value })} />
      </label>
      <label>
        <span>Try it on</span>
        <textarea
          rows={2}
          value={sample}
          placeholder="Type some copy to see what the rule finds"
          onChange={(e) => setSample(e.target.value)}
        />
      </label>
      {tried && (
        <p className="hint" aria-live="polite">
          {tried.length === 0
            ? 'No findings in this text.'
            : `${tried.length} ${tried.length === 1 ? 'finding' : 'findings'}: ${tried
                .slice(0, 5)
                .map((f) => (f.notice ? f.message : `“${f.excerpt}”${f.fix !== null ? ` → “${f.fix}”` : ''}`))
                .join(', ')}`}
        </p>
      )}
      {result && !result.ok && (
        <p role="alert" className="error-text">
          {result.error}
        </p>
      )}
      <div className="pref-actions">
        <button type="submit" className="primary" disabled={!result?.ok}>
          {rule ? 'Save rule' : 'Add rule'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
