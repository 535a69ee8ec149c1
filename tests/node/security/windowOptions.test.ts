import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../src/main/security/csp';

// Electron is not loadable under plain Node: record what the window is created with instead.
const created: unknown[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: unknown) {
      created.push(options);
    }
  },
}));

describe('the workstation window', () => {
  it('is created with the secure settings, as literals', async () => {
    const { createSecureWindow } = await import('../../../src/main/security/secureWindow');
    createSecureWindow('/app/preload/index.cjs', { width: 1200, height: 800 });
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      width: 1200,
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        disableBlinkFeatures: 'Auxclick',
        preload: '/app/preload/index.cjs',
      },
    });
  });

  it('has a strict content security policy', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ devServer: 'http://localhost:5173' })).toContain('ws://localhost:5173');
  });
});
