// After a repair is reverted on the wire original: does the story still hold the repaired text at
// the same place, and what patch would put the original characters there too? Offered to the
// editor, never applied on its own. Found by the words around the repair, only when unambiguous.
import type { StoryDocument } from '../story/document';
import type { StoryFields, StoryPatch } from '../story/model';
import { documentText } from '../story/text';
import { bodyProjection, replaceTextRange } from './bodyEdit';
import { findRepairInStory, type PlacedRepair, type WireField } from './wireText';

export interface RepairStoryEdit {
  /** Where in the story ("Body, paragraph 3", "Byline"). */
  where: string;
  /** The story's text there now, and what it would become. */
  now: string;
  becomes: string;
  patch: StoryPatch;
}

type Fields = Pick<StoryFields, 'headline' | 'headlineDoc' | 'deck' | 'deckDoc' | 'byline' | 'dateline' | 'body' | 'credit' | 'copyright'>;

function inDocument(doc: StoryDocument, field: WireField, placed: PlacedRepair): { doc: StoryDocument; paragraph: number } | null {
  const projection = bodyProjection(doc);
  const at = findRepairInStory(field, placed, projection.text);
  if (!at) return null;
  const next = replaceTextRange(doc, at.start, at.end, placed.repair.from);
  if (!next) return null;
  return { doc: next, paragraph: (projection.text.slice(0, at.start).match(/\n\n/g) ?? []).length + 1 };
}

function inLine(value: string, field: WireField, placed: PlacedRepair): string | null {
  const at = findRepairInStory(field, placed, value);
  return at ? value.slice(0, at.start) + placed.repair.from + value.slice(at.end) : null;
}

/** The story edit that matches a reverted repair, or null when the story has no such passage. */
export function storyEditForRepair(field: WireField, placed: PlacedRepair, fields: Fields): RepairStoryEdit | null {
  const { from, to } = placed.repair;
  const edit = (where: string, patch: StoryPatch): RepairStoryEdit => ({ where, now: to, becomes: from, patch });
  switch (field.key) {
    case 'body': {
      const r = inDocument(fields.body, field, placed);
      return r ? edit(`Body, paragraph ${r.paragraph}`, { body: r.doc }) : null;
    }
    case 'headline':
    case 'deck': {
      const doc = field.key === 'headline' ? fields.headlineDoc : fields.deckDoc;
      const label = field.key === 'headline' ? 'Headline' : 'Deck';
      if (doc) {
        const r = inDocument(doc, field, placed);
        if (!r) return null;
        const text = documentText(r.doc);
        return edit(label, field.key === 'headline' ? { headlineDoc: r.doc, headline: text } : { deckDoc: r.doc, deck: text });
      }
      const line = inLine(fields[field.key], field, placed);
      return line === null ? null : edit(label, { [field.key]: line });
    }
    case 'byline':
    case 'byline_title': {
      const line = inLine(fields.byline, field, placed);
      return line === null ? null : edit('Byline', { byline: line });
    }
    case 'dateline':
    case 'credit':
    case 'copyright': {
      const line = inLine(fields[field.key], field, placed);
      const label = { dateline: 'Dateline', credit: 'Credit', copyright: 'Copyright' }[field.key];
      return line === null ? null : edit(label, { [field.key]: line });
    }
    case 'captions':
    case 'captions.credit': {
      // Figures may have been reordered or removed: look in every one, accept a single match.
      const matches: Array<{ index: number; node: StoryDocument['root']['children'][number] }> = [];
      fields.body.root.children.forEach((block, index) => {
        if (block.type !== 'figure') return;
        if (field.key === 'captions') {
          const r = inDocument(block.caption, field, placed);
          if (r) matches.push({ index, node: { ...block, caption: r.doc } });
        } else {
          const line = inLine(block.credit, field, placed);
          if (line !== null) matches.push({ index, node: { ...block, credit: line } });
        }
      });
      if (matches.length !== 1) return null;
      const { index, node } = matches[0]!;
      const children = fields.body.root.children.map((b, i) => (i === index ? node : b));
      return edit(field.key === 'captions' ? 'Caption' : 'Photo credit', {
        body: { ...fields.body, root: { ...fields.body.root, children } },
      });
    }
    default:
      return null;
  }
}
