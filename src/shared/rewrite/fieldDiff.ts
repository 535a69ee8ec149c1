// Two versions of a story (revisions, or a revision and the text on screen) field by field: a
// word-level diff for every field whose text differs, and a note where only formatting changed.
import type { StoryFields } from '../story/model';
import { documentText, figuresOf } from '../story/text';
import { diffWords, type DiffSegment } from './wordDiff';

export interface FieldDiff {
  field: string;
  label: string;
  segments: DiffSegment[];
  /** The text is the same; only formatting or structure changed (italics, a subhead…). */
  formattingOnly?: boolean;
}

type Comparable = Pick<
  StoryFields,
  'headline' | 'deck' | 'byline' | 'dateline' | 'slug' | 'body' | 'credit' | 'copyright' | 'tags' | 'language'
> &
  Partial<Pick<StoryFields, 'headlineDoc' | 'deckDoc'>>;

function figureTexts(fields: Comparable): Array<[string, string, string]> {
  return figuresOf(fields.body).flatMap((f, i): Array<[string, string, string]> => [
    [`caption-${i}`, `Caption ${i + 1}`, documentText(f.caption)],
    [`photoCredit-${i}`, `Photo credit ${i + 1}`, f.credit],
    [`alt-${i}`, `Alt text ${i + 1}`, f.alt],
  ]);
}

/** Body blocks without figures: a caption edit is reported on its own, not as body formatting. */
function withoutFigures(fields: Comparable): unknown {
  return fields.body.root.children.filter((b) => b.type !== 'figure');
}

function texts(fields: Comparable): Array<[string, string, string]> {
  return [
    ['headline', 'Headline', fields.headline],
    ['deck', 'Deck', fields.deck],
    ['byline', 'Byline', fields.byline],
    ['dateline', 'Dateline', fields.dateline],
    ['slug', 'Slug', fields.slug],
    ['body', 'Body', documentText(fields.body)],
    ['credit', 'Credit', fields.credit],
    ['copyright', 'Copyright', fields.copyright],
    ['tags', 'Tags', fields.tags.join(', ')],
    ['language', 'Language', fields.language],
  ];
}

/** Every field that differs between `older` and `newer`, in the order the editor shows them. */
export function diffStoryFields(older: Comparable, newer: Comparable): FieldDiff[] {
  const out: FieldDiff[] = [];
  const a = new Map(texts(older).map(([k, label, text]) => [k, { label, text }]));
  for (const [field, label, text] of texts(newer)) {
    const before = a.get(field)?.text ?? '';
    if (before !== text) out.push({ field, label, segments: diffWords(before, text) });
  }
  const structural: Array<[string, string, unknown, unknown]> = [
    ['headline', 'Headline', older.headlineDoc ?? null, newer.headlineDoc ?? null],
    ['deck', 'Deck', older.deckDoc ?? null, newer.deckDoc ?? null],
    ['body', 'Body', withoutFigures(older), withoutFigures(newer)],
  ];
  for (const [field, label, x, y] of structural) {
    if (out.some((d) => d.field === field)) continue;
    // A field with no rich form on one side (plain text only) is not a formatting change.
    if (x === null || y === null) continue;
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push({ field, label, segments: [], formattingOnly: true });
  }
  const fa = new Map(figureTexts(older).map(([k, label, text]) => [k, { label, text }]));
  const fb = new Map(figureTexts(newer).map(([k, label, text]) => [k, { label, text }]));
  for (const key of new Set([...fa.keys(), ...fb.keys()])) {
    const before = fa.get(key);
    const after = fb.get(key);
    if ((before?.text ?? '') === (after?.text ?? '')) continue;
    out.push({ field: key, label: (after ?? before)!.label, segments: diffWords(before?.text ?? '', after?.text ?? '') });
  }
  return out;
}
