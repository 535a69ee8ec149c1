// The side panel's tabs, in order. A feature adds its tab here (one line) with its own component.
import type { ComponentType } from 'react';
import { DetailsTab } from './DetailsTab';
import { HistoryTab } from './HistoryTab';
import type { SideTabProps } from './SidePanel';

export interface SideTab {
  id: string;
  label: string;
  component: ComponentType<SideTabProps>;
}

export const sideTabs: SideTab[] = [
  { id: 'details', label: 'Details', component: DetailsTab },
  { id: 'history', label: 'History', component: HistoryTab },
];
