// The site template (Preferences → Publishing) as the preview sees it: read once per window, and
// replaced the moment the Publishing section saves, so a new masthead or colour shows at once.
import { useEffect, useState } from 'react';
import { defaultPreferences } from '../../../shared/settings/preferences';
import type { SiteTemplate } from '../../../shared/render/types';
import { call } from '../../bridge';

let current: SiteTemplate | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<(site: SiteTemplate) => void>();

/** Tell every preview that the site template changed (the Publishing section calls this after a save). */
export function siteTemplateChanged(site: SiteTemplate): void {
  current = site;
  for (const listener of listeners) listener(site);
}

export function useSiteTemplate(): SiteTemplate {
  const [site, setSite] = useState<SiteTemplate>(() => current ?? defaultPreferences().site);
  useEffect(() => {
    listeners.add(setSite);
    loading ??= call('settingsGet', {}).then(
      (prefs) => siteTemplateChanged(prefs.site),
      () => undefined, // the defaults stay; the export reads the stored template itself
    );
    if (current) setSite(current);
    return () => {
      listeners.delete(setSite);
    };
  }, []);
  return site;
}
