// Events that start in a figure's own inputs (credit, alt) or caption must be left to them: the
// body editor sees them bubble up but must not act on them (paste, Backspace, shortcuts).
import { $isSelectionCapturedInDecoratorInput, isDOMNode } from 'lexical';

export function $isFromDecoratorInput(event: Event | null | undefined): boolean {
  const target = event?.target;
  return isDOMNode(target) && $isSelectionCapturedInDecoratorInput(target);
}
