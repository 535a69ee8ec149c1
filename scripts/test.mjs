// `npm test`: every suite — vitest (node + dom) and Playwright (Chromium against the browser
// mode, and Electron where it exists) — then one summary line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = 'test-results';
mkdirSync(out, { recursive: true });
const vitestJson = join(out, 'vitest.json');
const playwrightJson = join(out, 'playwright.json');
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });
const extra = process.argv.slice(2);

const node = process.execPath;
const vitest = spawnSync(
  node,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`, ...extra],
  {
    stdio: 'inherit',
  },
);
const playwright = spawnSync(node, ['node_modules/@playwright/test/cli.js', 'test'], {
  stdio: 'inherit',
  env: { ...process.env, PW_JSON_REPORT: playwrightJson },
});

function vitestCounts() {
  if (!existsSync(vitestJson)) return null;
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  // A test file that fails to load has no test results: count it as one failure.
  const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    suitesFailed: brokenFiles,
  };
}

function playwrightCounts() {
  if (!existsSync(playwrightJson)) return null;
  const report = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  const s = report.stats ?? {};
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: s.unexpected ?? 0,
    skipped: s.skipped ?? 0,
    suitesFailed: (report.errors ?? []).length,
  };
}

const parts = [
  ['vitest', vitestCounts(), vitest.status],
  ['playwright', playwrightCounts(), playwright.status],
];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, counts, status] of parts) {
  if (!counts) {
    // A runner that could not report at all counts as one failure, never as zero.
    console.error(`${name}: no results (exit code ${status})`);
    failed += 1;
    continue;
  }
  passed += counts.passed;
  failed += counts.failed + counts.suitesFailed;
  skipped += counts.skipped;
  if (status !== 0 && counts.failed + counts.suitesFailed === 0) failed += 1;
  console.log(`${name}: ${counts.passed} passed, ${counts.failed + counts.suitesFailed} failed, ${counts.skipped} skipped`);
}
if (skipped) console.log(`${skipped} skipped (reasons printed above)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
