// The body as plain paragraphs for the simple text field: text in, document out, keeping the
// figures (which the text field does not show) where they were relative to the paragraphs.
import { documentOf, paragraph, textRun, type BlockNodeJSON, type StoryDocument } from '../../../shared/story/document';
import { blockText } from '../../../shared/story/text';

export function bodyToPlain(doc: StoryDocument): string {
  return doc.root.children
    .filter((b) => b.type !== 'figure')
    .map(blockText)
    .join('\n\n');
}

export function plainToBody(text: string, previous: StoryDocument): StoryDocument {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.replace(/\n/g, ' ').trim())
    .filter(Boolean);
  // Figures stay after the same number of text blocks as before.
  const figures: Array<{ after: number; block: BlockNodeJSON }> = [];
  let seen = 0;
  for (const block of previous.root.children) {
    if (block.type === 'figure') figures.push({ after: seen, block });
    else seen++;
  }
  const blocks: BlockNodeJSON[] = [];
  const place = (count: number) => {
    while (figures.length && figures[0]!.after <= count) blocks.push(figures.shift()!.block);
  };
  place(0);
  paragraphs.forEach((p, i) => {
    blocks.push(paragraph([textRun(p)]));
    place(i + 1);
  });
  blocks.push(...figures.map((f) => f.block));
  if (blocks.length === 0) blocks.push(paragraph([]));
  return documentOf(blocks);
}
