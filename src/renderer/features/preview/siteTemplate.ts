// The site template (Preferences → Publishing) as the preview and Copy HTML see it: the stored
// preferences' `site`, so a new masthead or colour shows the moment the Publishing section saves.
import type { SiteTemplate } from '../../../shared/render/types';
import { usePreferences } from '../preferences/preferencesStore';

export function useSiteTemplate(): SiteTemplate {
  return usePreferences().site;
}
