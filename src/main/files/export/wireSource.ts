// The wire item a story came from, as the export credits it (JSON-LD isBasedOn, and the credit
// line when the story has none): read through the wire repository.
import type { WireSource } from '../../../shared/render/types';
import type { WireRepository } from '../../db/wireRepository';

export async function wireSourceFor(
  wire: Pick<WireRepository, 'get'>,
  story: { wireItemId: number | null; agency: string | null },
): Promise<WireSource | null> {
  const item = story.wireItemId === null ? null : await wire.get(story.wireItemId);
  if (!item) return story.agency ? { agency: story.agency } : null;
  return { agency: item.agency ?? story.agency, agencyId: item.agencyId, headline: item.headline, receivedAt: item.receivedAt };
}
