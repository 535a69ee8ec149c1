// Electron session and window hardening: CSP on every response, no navigation, no new windows,
// no permissions, links opened outside only when they are plain http(s).
import { session, shell, type BrowserWindow } from 'electron';
import { contentSecurityPolicy } from './csp';
import { isAllowedSenderUrl, isSafeExternalUrl } from './urlRules';

export function hardenSession(devServerUrl?: string): void {
  const ses = session.defaultSession;
  const csp = contentSecurityPolicy(devServerUrl ? { devServer: devServerUrl } : {});
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

export function hardenWindow(win: BrowserWindow, devServerUrl?: string): void {
  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedSenderUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedSenderUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link the user clicked goes to their browser, after the check; the app never opens windows.
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
