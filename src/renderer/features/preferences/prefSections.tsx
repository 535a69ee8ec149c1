// The Preferences dialog's sections, in order. A feature adds its section here (one line) with
// its own component, as side panel tabs do in side/sideTabs.tsx.
import type { ComponentType } from 'react';
import type { Preferences, PreferencesPatch } from '../../../shared/settings/preferences';
import { HouseStyleSection } from '../checks/prefs/HouseStyleSection';
import { PublishingSection } from '../export/PublishingSection';
import { CreditsSection } from './CreditsSection';
import { ImportSection } from './ImportSection';
import { WatchSection } from './WatchSection';
import { YouSection } from './YouSection';

export interface PrefSectionProps {
  prefs: Preferences;
  /** Save a patch through settingsUpdate; the dialog shows saving, saved or the error. */
  save(patch: PreferencesPatch): Promise<boolean>;
}

export interface PrefSection {
  id: string;
  label: string;
  component: ComponentType<PrefSectionProps>;
}

export const prefSections: PrefSection[] = [
  { id: 'you', label: 'You', component: YouSection },
  { id: 'credits', label: 'Credits', component: CreditsSection },
  { id: 'house-style', label: 'House style', component: HouseStyleSection },
  { id: 'watch', label: 'Watch folder', component: WatchSection },
  { id: 'import', label: 'Import', component: ImportSection },
  { id: 'publishing', label: 'Publishing', component: PublishingSection },
];
