// The mark on the "Wire" tab itself: a newer version or an agency notice waits for this story.
import type { Story } from '../../../shared/story/model';
import { openFlags, useStoryFlags } from './useStoryFlags';

export function WireTabIndicator({ story }: { story: Story }) {
  const { flags } = useStoryFlags(story.id);
  if (story.wireItemId === null) return null;
  const { blocking, updates, other } = openFlags(flags);
  if (blocking.length) return <span className="tab-flag danger" aria-label="agency notice waiting" role="img" />;
  if (updates.length || other.length) return <span className="tab-flag" aria-label="newer wire version waiting" role="img" />;
  return null;
}
