// The story as the checks see it: each field's plain text, computed once per check run with the
// same text functions the editor uses, so a finding's offsets map back to the editor's nodes.
import type { FigureNodeJSON } from '../story/document';
import { documentText, figuresOf } from '../story/text';
import type { CheckField, CheckInput } from './types';

export interface FieldText {
  field: CheckField;
  /** Figure index for caption/photoCredit/alt, tag index for tags. */
  index?: number;
  text: string;
}

export interface Subject {
  input: CheckInput;
  figures: readonly FigureNodeJSON[];
  /** Every text of a field: one for single fields, one per figure or tag for the others. */
  texts(field: CheckField): readonly FieldText[];
  /** The one text of a single field ("" when absent). */
  text(field: Exclude<CheckField, 'caption' | 'photoCredit' | 'alt' | 'tags'>): string;
}

export function makeSubject(input: CheckInput): Subject {
  const figures = input.body ? figuresOf(input.body) : [];
  const cache = new Map<CheckField, FieldText[]>();
  const single = (field: CheckField, text: string | undefined | null): FieldText[] => [{ field, text: text ?? '' }];
  const build = (field: CheckField): FieldText[] => {
    switch (field) {
      case 'body':
        return single(field, input.body ? documentText(input.body) : '');
      case 'caption':
        return figures.map((f, index) => ({ field, index, text: documentText(f.caption) }));
      case 'photoCredit':
        return figures.map((f, index) => ({ field, index, text: f.credit }));
      case 'alt':
        return figures.map((f, index) => ({ field, index, text: f.alt }));
      case 'tags':
        return (input.tags ?? []).map((text, index) => ({ field, index, text }));
      default:
        return single(field, input[field]);
    }
  };
  const texts = (field: CheckField): FieldText[] => {
    let list = cache.get(field);
    if (!list) cache.set(field, (list = build(field)));
    return list;
  };
  return { input, figures, texts, text: (field) => texts(field)[0]?.text ?? '' };
}
