// The side panel's tabs, in order. A feature adds its tab here (one line) with its own component.
import type { ComponentType } from 'react';
import type { Story } from '../../../shared/story/model';
import { ChecksTab } from '../checks/ChecksTab';
import { ChecksTabIndicator } from '../checks/ChecksTabIndicator';
import { PreviewTab } from '../preview/PreviewTab';
import { WireTab } from '../rewrite/WireTab';
import { WireTabIndicator } from '../rewrite/WireTabIndicator';
import { DetailsTab } from './DetailsTab';
import { HistoryTab } from './HistoryTab';
import type { SideTabProps } from './SidePanel';

export interface SideTab {
  id: string;
  label: string;
  component: ComponentType<SideTabProps>;
  /** A mark on the tab itself (something waits there), shown even when the tab is not open. */
  indicator?: ComponentType<{ story: Story }>;
}

export const sideTabs: SideTab[] = [
  { id: 'details', label: 'Details', component: DetailsTab },
  { id: 'wire', label: 'Wire', component: WireTab, indicator: WireTabIndicator },
  { id: 'checks', label: 'Checks', component: ChecksTab, indicator: ChecksTabIndicator },
  { id: 'history', label: 'History', component: HistoryTab },
  { id: 'preview', label: 'Preview', component: PreviewTab },
];
