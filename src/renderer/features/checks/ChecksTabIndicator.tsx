// The count on the "Checks" tab itself: errors no waiver covers, shown even when the tab is closed.
import { useMemo } from 'react';
import { gateFindings } from '../../../shared/checks';
import type { Story } from '../../../shared/story/model';
import { useChecksState } from './checksSession';
import { waiverOfRecord } from '../../../shared/workflow/waivers';

export function ChecksTabIndicator({ story }: { story: Story }) {
  const { storyId, findings, waivers } = useChecksState();
  const blocking = useMemo(
    () =>
      gateFindings(
        findings.filter((f) => !f.notice),
        waivers.map(waiverOfRecord),
      ).blocking.length,
    [findings, waivers],
  );
  if (storyId !== story.id || blocking === 0) return null;
  return (
    <span className="tab-count danger" role="img" aria-label={`${blocking} ${blocking === 1 ? 'error' : 'errors'}`}>
      {blocking}
    </span>
  );
}
