// `npm run audit:electron`: Electronegativity over the sources; fails on any finding that is not
// in security/electronegativity-allowlist.json (each entry there carries the reason it is fine).
// The online "available security fixes" check is skipped: it needs the internet.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const electronVersion = String(pkg.devDependencies?.electron ?? '').replace(/^[^\d]*/, '');
const dir = mkdtempSync(join(tmpdir(), 'eneg-'));
const csv = join(dir, 'findings.csv');
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
    csv,
  ],
  { encoding: 'utf8' },
);
let text = '';
try {
  text = readFileSync(csv, 'utf8');
} catch {
  console.error(`audit:electron: Electronegativity produced no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function parseCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

const findings = text
  .split('\n')
  .slice(1)
  .filter((l) => l.trim())
  .map(parseCsvLine)
  .map(([issue, severity, confidence, file, location, sample, description]) => ({
    issue,
    severity,
    confidence,
    file,
    location,
    sample,
    description,
  }));
const allow = JSON.parse(readFileSync('security/electronegativity-allowlist.json', 'utf8')).entries;
const unexplained = findings.filter((f) => !allow.some((a) => a.issue === f.issue && a.file === f.file && a.reason?.trim()));
const unused = allow.filter((a) => !findings.some((f) => f.issue === a.issue && f.file === a.file));

for (const f of findings) {
  const ok = !unexplained.includes(f);
  console.log(`${ok ? 'reviewed ' : 'NEW      '} ${f.issue.padEnd(28)} ${f.severity.padEnd(7)} ${f.file}:${f.location}`);
}
if (unused.length) console.log(`\nAllowlist entries no longer needed: ${unused.map((a) => `${a.issue} ${a.file}`).join(', ')}`);
if (unexplained.length) {
  console.error(
    `\naudit:electron: ${unexplained.length} finding(s) not reviewed — fix them or add them to security/electronegativity-allowlist.json with a reason:`,
  );
  for (const f of unexplained) console.error(`  ${f.issue} (${f.severity}) ${f.file}:${f.location} — ${f.description}: ${f.sample}`);
  process.exit(1);
}
console.log(`\naudit:electron: ${findings.length} finding(s), all reviewed.`);
