// Playwright: what a person does, in Chromium against the browser mode (tests/e2e), and the
// Electron shell where the Electron binary exists (tests/electron).
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

export default defineConfig({
  testDir: './tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  globalSetup: './tests/support/e2eGlobalSetup.ts',
  fullyParallel: true,
  workers: process.env['E2E_WORKERS'] ? Number(process.env['E2E_WORKERS']) : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env['PW_JSON_REPORT'] ? [['list'], ['json', { outputFile: process.env['PW_JSON_REPORT'] }]] : 'list',
  outputDir: 'test-results/playwright',
  use: {
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
