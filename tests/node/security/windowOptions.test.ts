import { describe, expect, it } from 'vitest';
import { secureWindowOptions } from '../../../src/main/security/windowOptions';
import { contentSecurityPolicy } from '../../../src/main/security/csp';

describe('the workstation window', () => {
  it('is created with the secure settings, as literals', () => {
    const prefs = secureWindowOptions('/app/preload/index.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload/index.cjs',
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
