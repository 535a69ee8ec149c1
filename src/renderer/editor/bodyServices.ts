// What the body's plugins and figure views share: the history (body and captions undo as one
// timeline), a way to show a problem under the toolbar, and the caption length target.
import type { HistoryState } from '@lexical/history';
import { createContext, useContext } from 'react';

export interface BodyServices {
  history: HistoryState;
  /** Show a message for the person (an image refused, a paste trimmed…). */
  notify(message: string): void;
  captionTarget: number;
  /** A caption editor changed: the body is edited too (captions are saved inside it). */
  captionChanged(): void;
}

export const BodyServicesContext = createContext<BodyServices | null>(null);

export function useBodyServices(): BodyServices {
  const services = useContext(BodyServicesContext);
  if (!services) throw new Error('Body services are only available inside the body editor.');
  return services;
}
