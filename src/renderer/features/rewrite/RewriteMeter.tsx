// The live "Rewritten: NN%" figure with quoted words apart, the credit the house rule suggests for
// it (one click to use), and a visible flag when the story's byline or credit contradicts the rule.
import { creditContradiction, creditSuggestion, type RewriteShare } from '../../../shared/rewrite';
import type { Preferences } from '../../../shared/settings/preferences';

export interface MeterProps {
  share: RewriteShare | null;
  /** The analysis is running for newer text than `share` was computed on. */
  stale: boolean;
  byline: string;
  credit: string;
  agency: string;
  wireByline: string;
  prefs: Preferences;
  onUse(fields: { byline: string; credit: string }): void;
}

const BAND_NAMES = { agency: 'agency copy', mixed: 'staff and wire', staff: 'staff rewrite' } as const;

export function RewriteMeter({ share, stale, byline, credit, agency, wireByline, prefs, onUse }: MeterProps) {
  if (!share) return <p className="rewrite-meter muted">Measuring the rewrite…</p>;
  const pct = Math.round(share.share * 100);
  const options = { wireByline, staffByline: `By ${prefs.userName}` };
  const suggestion = creditSuggestion(share.share, agency, prefs.creditRules, options);
  const problem = creditContradiction({ byline, credit }, share.share, agency, prefs.creditRules, options);
  const already = suggestion.byline.trim() === byline.trim() && suggestion.credit.trim() === credit.trim();
  return (
    <section className="rewrite-meter" aria-label="Rewrite measure">
      <p className="rewrite-figure">
        <span className="rewrite-pct" aria-busy={stale}>
          Rewritten: {pct}%
        </span>
        <span className="rewrite-detail">
          {share.newWords} of {share.words} words are your own
          {share.movedWords > 0 ? ` (${share.movedWords} wire words moved)` : ''}
        </span>
      </p>
      <meter className="rewrite-bar" min={0} max={100} value={pct} aria-label="Share of the body rewritten" />
      <p className="rewrite-quotes">
        {share.quoted.words === 0
          ? 'No quoted words.'
          : `Quotes kept verbatim: ${share.quoted.keptWords} of ${share.quoted.words} quoted words from the wire.`}
      </p>
      <div className="credit-suggestion">
        <p>
          House rule for {BAND_NAMES[suggestion.band]}: byline “{suggestion.byline || 'a staff byline'}”, credit “{suggestion.credit || '—'}
          ”
        </p>
        <button
          type="button"
          disabled={already || !suggestion.byline}
          onClick={() => onUse({ byline: suggestion.byline, credit: suggestion.credit })}
        >
          Use suggested byline and credit
        </button>
      </div>
      {problem && (
        <p className="credit-flag" role="note" aria-label="Credit rule">
          <strong>Credit rule:</strong> {problem}
        </p>
      )}
    </section>
  );
}
