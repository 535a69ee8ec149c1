// The one bridge: a frozen `window.slugline` of named functions, one per contract call, plus an
// event subscription. ipcRenderer itself is never exposed.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_NAMES, EVENT_CHANNEL, ipcChannel } from '../shared/contract/names';

const api: Record<string, unknown> = {};
for (const name of CALL_NAMES) {
  const channel = ipcChannel(name);
  api[name] = (request: unknown) => ipcRenderer.invoke(channel, request);
}
api['onEvent'] = (listener: (event: unknown) => void) => {
  if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(EVENT_CHANNEL, wrapped);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  };
};

contextBridge.exposeInMainWorld('slugline', Object.freeze(api));
