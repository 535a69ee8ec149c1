// Where a finding is, for people and for code: its place (a field, or the nth figure's caption,
// photo credit or alt text, or the nth tag), the place's label, and the place's text in a story's
// fields — built exactly as the checks engine builds it (shared/checks/subject.ts), so offsets agree.
import { CHECK_FIELDS, type CheckField, type Finding } from '../../../shared/checks';
import type { StoryFields } from '../../../shared/story/model';
import { documentText, figuresOf } from '../../../shared/story/text';

export interface Place {
  field: CheckField;
  index?: number;
}

const LABELS: Record<CheckField, string> = {
  headline: 'Headline',
  deck: 'Deck',
  byline: 'Byline',
  dateline: 'Dateline',
  body: 'Body',
  caption: 'Caption',
  credit: 'Credit',
  photoCredit: 'Photo credit',
  alt: 'Alt text',
  copyright: 'Copyright',
  tags: 'Tag',
};

/** "Body", "Caption 2", "Photo credit 1", "Tag 3" (numbers count from 1, as on screen). */
export function placeLabel(place: Place): string {
  const name = LABELS[place.field];
  if (place.field === 'tags' && place.index === undefined) return 'Tags';
  return place.index === undefined ? name : `${name} ${place.index + 1}`;
}

/** One key per place ("caption:1"), for grouping and for maps. */
export function placeKey(place: Place): string {
  return place.index === undefined ? place.field : `${place.field}:${place.index}`;
}

/** Page order: fields as the engine lists them, then figure or tag number. */
export function comparePlaces(a: Place, b: Place): number {
  return CHECK_FIELDS.indexOf(a.field) - CHECK_FIELDS.indexOf(b.field) || (a.index ?? -1) - (b.index ?? -1);
}

/** The text of a place in these fields, or null when the place is gone (a removed figure or tag). */
export function placeText(fields: StoryFields, place: Place): string | null {
  switch (place.field) {
    case 'body':
      return documentText(fields.body);
    case 'caption':
    case 'photoCredit':
    case 'alt': {
      const figure = figuresOf(fields.body)[place.index ?? -1];
      if (!figure) return null;
      return place.field === 'caption' ? documentText(figure.caption) : place.field === 'photoCredit' ? figure.credit : figure.alt;
    }
    case 'tags':
      return fields.tags[place.index ?? -1] ?? null;
    default:
      return fields[place.field] ?? '';
  }
}

/** A stable identity for a finding while its text stays put (list keys, the row in focus). */
export function findingKey(f: Finding): string {
  return `${f.rule}|${placeKey(f)}|${f.start}|${f.end}|${f.notice ? 'n' : ''}`;
}
