// The one place a workstation window is created, with its security settings written as literals
// (so reviewers and Electronegativity read them right here).
import { BrowserWindow } from 'electron';

export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export function createSecureWindow(preloadPath: string, placement: WindowPlacement): BrowserWindow {
  return new BrowserWindow({
    ...placement,
    show: false,
    backgroundColor: '#f5f4f0',
    title: 'Slugline',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click on a link would otherwise try to open a new window.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      safeDialogs: true,
    },
  });
}
