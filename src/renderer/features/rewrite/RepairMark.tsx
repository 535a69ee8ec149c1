// One repaired passage in the wire original: highlighted, with the rule and the characters as they
// arrived on hover and to screen readers; a button, so it is reached and opened by keyboard.
import type { WireSegment } from '../../../shared/rewrite';

/** Make invisible characters visible: a removed control character must still be seen. */
export function visibleChars(text: string): string {
  if (!text) return '∅';
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g,
    (ch) => `⟨U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}

export function RepairMark({ segment, selected, onSelect }: { segment: WireSegment; selected: boolean; onSelect(): void }) {
  const { repair, reverted } = segment;
  if (!repair) return <>{segment.text}</>;
  const { rule, from, to } = repair.repair;
  const tip = reverted ? `Reverted ${rule}: as it arrived` : `${rule}: arrived as “${visibleChars(from)}”`;
  const shown = reverted ? visibleChars(from) : to ? to : '·';
  const label = reverted
    ? `${visibleChars(from)}: repair reverted, shown as it arrived (rule ${rule}; repaired it read “${visibleChars(to)}”)`
    : `${visibleChars(to)}: repaired (rule ${rule}); it arrived as “${visibleChars(from)}”`;
  return (
    <button
      type="button"
      className={`repair-mark${reverted ? ' reverted' : ''}${selected ? ' selected' : ''}`}
      title={tip}
      // The same words for keyboard users, shown on focus (a title only appears on hover).
      data-tip={tip}
      aria-label={label}
      aria-expanded={selected}
      onClick={onSelect}
    >
      {shown}
    </button>
  );
}
