// Electron composition root: wire the services to a secure window. Nothing else lives here.
import { app, BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronShell } from './electron/showItem';
import { registerSpellMenu } from './electron/spellMenu';
import { electronSettings, loadWindowState, saveWindowState } from './electronSettings';
import { forwardEvents, registerIpc } from './ipc/electronIpc';
import { installMenu } from './menu';
import { resolveDbPath } from './paths';
import { registerAppScheme, serveRenderer } from './security/appProtocol';
import { hardenSession, hardenWindow } from './security/electronGuards';
import { APP_ORIGIN } from './security/urlRules';
import { createSecureWindow } from './security/secureWindow';
import { createAppServices, type AppServices } from './services/appServices';

const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
let mainWindow: BrowserWindow | null = null;
let services: AppServices | null = null;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
  app.whenReady().then(start, (err: unknown) => fatal(err));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void services?.close());
}

async function start(): Promise<void> {
  const argDb = process.argv.find((a) => a.startsWith('--db='))?.slice('--db='.length);
  try {
    services = await createAppServices({
      dbPath: resolveDbPath(argDb, process.env),
      settings: electronSettings(),
      mode: 'electron',
      seedSamples: true,
      shell: electronShell,
    });
  } catch (err) {
    fatal(err);
    return;
  }
  hardenSession(devServerUrl);
  installMenu();
  registerIpc(services.registry, devServerUrl);
  const media = services.media;
  if (!devServerUrl) serveRenderer(join(here, '../renderer'), () => media);
  createWindow();
  void services.startBackgroundWork();
  forwardEvents(services.events, () => BrowserWindow.getAllWindows());
}

function createWindow(): void {
  const state = loadWindowState();
  const win = createSecureWindow(join(here, '../preload/index.cjs'), {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
  });
  mainWindow = win;
  hardenWindow(win, devServerUrl);
  registerSpellMenu(win.webContents);
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  const remember = () => {
    if (win.isDestroyed()) return;
    const bounds = win.getNormalBounds();
    saveWindowState({ ...bounds, maximized: win.isMaximized() });
  };
  win.on('resize', remember);
  win.on('move', remember);
  win.on('close', remember);
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

function fatal(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`Slugline could not start: ${message}`);
  import('electron').then(({ dialog }) => dialog.showErrorBox('Slugline could not start', message)).finally(() => app.exit(1));
}
