// A few stories written for the project, put into a new database so a newcomer sees a working desk.
import samples from '../../../resources/samples/stories.json';
import { documentFromText, documentOf, figure, paragraph, textRun, type BlockNodeJSON } from '../../shared/story/document';
import { STORY_STATUSES, type StoryStatus } from '../../shared/story/model';
import type { StoryRepository } from '../db/storyRepository';

interface SampleStory {
  status: string;
  slug: string;
  headline: string;
  deck: string;
  byline: string;
  dateline: string;
  credit: string;
  copyright: string;
  tags: string[];
  paragraphs: string[];
  figures: Array<{ after: number; caption: string; credit: string; alt: string }>;
}

export function sampleBody(sample: Pick<SampleStory, 'paragraphs' | 'figures'>): BlockNodeJSON[] {
  const blocks: BlockNodeJSON[] = [];
  sample.paragraphs.forEach((text, i) => {
    blocks.push(paragraph([textRun(text)]));
    for (const f of sample.figures.filter((fig) => fig.after === i + 1)) {
      blocks.push(figure({ mediaId: null, width: null, height: null, alt: f.alt, credit: f.credit, caption: documentFromText(f.caption) }));
    }
  });
  return blocks;
}

export async function seedSampleStories(repo: StoryRepository, author: string): Promise<void> {
  for (const sample of samples as SampleStory[]) {
    const status = (STORY_STATUSES as readonly string[]).includes(sample.status) ? (sample.status as StoryStatus) : 'edit';
    await repo.create(
      {
        status,
        fields: {
          slug: sample.slug,
          headline: sample.headline,
          deck: sample.deck,
          byline: sample.byline,
          dateline: sample.dateline,
          credit: sample.credit,
          copyright: sample.copyright,
          tags: sample.tags,
          body: documentOf(sampleBody(sample)),
        },
      },
      { author },
    );
  }
}
