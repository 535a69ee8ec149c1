// Electron transport for the registry: one ipcMain handler per call, refusing any sender frame
// that is not our own renderer before the payload is even looked at.
import { ipcMain, type BrowserWindow } from 'electron';
import { CALL_NAMES, EVENT_CHANNEL, ipcChannel } from '../../shared/contract/names';
import { fail } from '../../shared/contract/result';
import { isAllowedSenderUrl } from '../security/urlRules';
import type { EventBus } from '../services/events';
import type { Registry } from './registry';

export function registerIpc(registry: Registry, devServerUrl?: string): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, payload: unknown) => {
      if (!isAllowedSenderUrl(event.senderFrame?.url, devServerUrl)) {
        return fail('refused', 'Calls are only accepted from the Slugline window.');
      }
      return registry.invoke(name, payload, { transport: 'electron' });
    });
  }
}

export function forwardEvents(events: EventBus, windows: () => BrowserWindow[]): () => void {
  return events.subscribe((event) => {
    for (const win of windows()) if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event);
  });
}
