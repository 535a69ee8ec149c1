// Packaging cannot run here (no Electron binary), so the config is checked as far as possible:
// against electron-builder's own schema, and for the settings the security review relies on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add() {} })).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, notAnOption: true }, { isEnabled: false, add() {} })).rejects.toThrow();
  });

  it('builds Linux AppImage and deb, macOS and Windows targets', () => {
    expect((config['linux'] as { target: string[] }).target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config['mac']).toBeTruthy();
    expect(config['win']).toBeTruthy();
  });

  it('rebuilds the native module for Electron and unpacks it from the asar', () => {
    expect(config['npmRebuild']).toBe(true);
    expect(config['asarUnpack']).toContain('**/*.node');
  });

  it('sets the Electron fuses', () => {
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
