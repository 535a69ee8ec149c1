// `npm run audit:electron`: Electronegativity over the sources; fails on any finding that is not
// in security/electronegativity-allowlist.json (each entry there carries the reason it is fine).
// The online "available security fixes" check is skipped: it needs the internet. The report is
// read as SARIF: Electronegativity writes its CSV header and rows with two unsynchronised writes,
// which now and then leaves the first row overwritten by the header.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const electronVersion = String(pkg.devDependencies?.electron ?? '').replace(/^[^\d]*/, '');
const dir = mkdtempSync(join(tmpdir(), 'eneg-'));
const report = join(dir, 'findings.sarif');
const run = spawnSync(
  process.execPath,
  [
    'node_modules/@doyensec/electronegativity/dist/index.js',
    '-i',
    'src',
    '-e',
    electronVersion,
    '-r',
    '-x',
    'AvailableSecurityFixesGlobalCheck',
    '-o',
    report,
  ],
  { encoding: 'utf8' },
);
let text = '';
try {
  text = readFileSync(report, 'utf8');
} catch {
  console.error(`audit:electron: Electronegativity produced no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const findings = JSON.parse(text).runs[0].results.map((r) => {
  const where = r.locations?.[0]?.physicalLocation;
  return {
    issue: r.ruleId,
    level: r.level,
    file: where?.artifactLocation?.uri ?? 'N/A',
    location: `${where?.region?.startLine ?? 0}:${where?.region?.startColumn ?? 0}`,
    description: r.message?.text ?? '',
  };
});
const allow = JSON.parse(readFileSync('security/electronegativity-allowlist.json', 'utf8')).entries;
const unexplained = findings.filter((f) => !allow.some((a) => a.issue === f.issue && a.file === f.file && a.reason?.trim()));
const unused = allow.filter((a) => !findings.some((f) => f.issue === a.issue && f.file === a.file));

for (const f of findings) {
  const ok = !unexplained.includes(f);
  console.log(`${ok ? 'reviewed ' : 'NEW      '} ${f.issue.padEnd(28)} ${f.level.padEnd(7)} ${f.file}:${f.location}`);
}
if (unused.length) console.log(`\nAllowlist entries no longer needed: ${unused.map((a) => `${a.issue} ${a.file}`).join(', ')}`);
if (unexplained.length) {
  console.error(
    `\naudit:electron: ${unexplained.length} finding(s) not reviewed — fix them or add them to security/electronegativity-allowlist.json with a reason:`,
  );
  for (const f of unexplained) console.error(`  ${f.issue} (${f.level}) ${f.file}:${f.location} — ${f.description}`);
  process.exit(1);
}
console.log(`\naudit:electron: ${findings.length} finding(s), all reviewed.`);
