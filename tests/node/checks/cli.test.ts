// `slugline check` through main() with in-memory streams: wire files, stored stories, custom rule
// packs, the exit codes (0 clean, 1 errors, 2 usage) and the readable listing.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../src/main/services/appServices';
import { memorySettings } from '../../../src/main/settings/settingsStore';
import { documentOf } from '../../../src/shared/story/document';
import { runCli } from '../../support/cliRun';
import { tempDir } from '../../support/tempApp';
import { figureOf, paragraphsOf } from './support';

let dir: string;
let db: string;
const env = () => ({ SLUGLINE_DATA_DIR: join(dir, 'data'), SLUGLINE_DB: '' });
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeEach(async () => {
  dir = tempDir();
  db = join(dir, 'news.db');
  const services = await createAppServices({ dbPath: db, settings: memorySettings(), mode: 'cli' });
  const author = { author: 'Ana' };
  await services.repo.create(
    {
      fields: {
        headline: 'Harbour budget TK',
        byline: 'Jane Doe',
        body: documentOf([...paragraphsOf('The the council met on October 7.'), figureOf({ credit: '' })]),
      },
    },
    author,
  );
  await services.repo.create(
    { fields: { headline: 'Harbour budget approved', body: documentOf(paragraphsOf('The council met on Oct. 7.')) } },
    author,
  );
  services.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface JsonFinding {
  rule: string;
  severity: string;
  field: string;
  index?: number;
  start: number;
  end: number;
  message: string;
  fix: string | null;
}

describe('slugline check', () => {
  it('is listed in --help and documents its exit codes', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/^ {2}check /m);
    const help = await runCli(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes: 0 no error findings.*1 error findings.*2 usage error/s);
  });

  it('checks a wire file: --json findings with offsets and fixes, exit 1 on errors', async () => {
    const path = file('wire.txt', 'Council approves budget\n\nThe council said TK about the the plan on October 7.\n');
    const { code, stdout, stderr } = await runCli(['check', path, '--json'], { env: env() });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const { findings } = JSON.parse(stdout) as { findings: JsonFinding[] };
    const body = 'The council said TK about the the plan on October 7.';
    const byRule = Object.fromEntries(findings.map((f) => [f.rule, f]));
    expect(byRule['placeholder']).toEqual({
      rule: 'placeholder',
      severity: 'error',
      field: 'body',
      start: 17,
      end: 19,
      message: 'Placeholder left in copy: “TK”',
      fix: null,
    });
    expect(byRule['doubled-word']).toMatchObject({ severity: 'warning', fix: 'the' });
    expect(body.slice(byRule['doubled-word']!.start, byRule['doubled-word']!.end)).toBe('the the');
    expect(byRule['month-abbreviation']).toMatchObject({ fix: 'Oct. 7' });
  });

  it('exits 0 for a clean file, and with warnings only', async () => {
    const clean = await runCli(
      ['check', file('clean.txt', 'Council approves budget\n\nThe council approved the budget on Tuesday.\n'), '--json'],
      { env: env() },
    );
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual({ findings: [] });
    const warned = await runCli(['check', file('warn.txt', 'Council approves budget\n\nThe council approved 3 budgets.\n')], {
      env: env(),
    });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/body 21-22 +warning AP style: spell out numbers under 10 .*\(fix: “three”\)/);
    expect(warned.stdout).toMatch(/warn\.txt: 0 error\(s\), 1 warning\(s\), 0 note\(s\)/);
  });

  it('checks a stored story by --id with the database', async () => {
    const { code, stdout } = await runCli(['check', '--id', '1', '--db', db, '--json'], { env: env() });
    expect(code).toBe(1);
    const { findings } = JSON.parse(stdout) as { findings: JsonFinding[] };
    expect(findings.map((f) => `${f.rule}@${f.field}${f.index ?? ''}`)).toEqual(
      expect.arrayContaining([
        'placeholder@headline',
        'doubled-word@body',
        'month-abbreviation@body',
        'caption-without-credit@photoCredit0',
      ]),
    );
    const ok = await runCli(['check', '--id', '2', '--db', db], { env: env() });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('story 2: no findings\n');
    const missing = await runCli(['check', '--id', '99', '--db', db], { env: env() });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/slugline check: .*99/);
  });

  it('uses a rule pack given with --rules, and refuses a hostile one by name', async () => {
    const pack = file(
      'pack.json',
      JSON.stringify({
        name: 'house',
        rules: [
          {
            id: 'no-budget',
            kind: 'pattern',
            pattern: '\\bbudget\\b',
            message: 'Say “spending plan”',
            severity: 'error',
            fields: ['body'],
            fix: 'spending plan',
          },
        ],
      }),
    );
    const wire = file('w.txt', 'Council acts\n\nThe council approved the budget.\n');
    const { code, stdout } = await runCli(['check', wire, '--rules', pack, '--json'], { env: env() });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings).toEqual([
      { rule: 'no-budget', severity: 'error', field: 'body', start: 25, end: 31, message: 'Say “spending plan”', fix: 'spending plan' },
    ]);
    const evil = file(
      'evil.json',
      JSON.stringify({
        name: 'evil',
        rules: [{ id: 'redos', kind: 'pattern', pattern: '(a+)+$', message: 'x', severity: 'error', fields: ['body'] }],
      }),
    );
    const refused = await runCli(['check', wire, '--rules', evil], { env: env() });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^slugline check: evil\.json: rule "redos" \(rules\[0\]\) pattern: nested repetition/);
  });

  it.each([
    [[], /give exactly one FILE/],
    [['a.txt', 'b.txt'], /give exactly one FILE/],
    [['a.txt', '--id', '1'], /not both/],
    [['--id', 'x'], /--id must be a positive whole number/],
    [['--frobnicate'], /unknown option/],
    [['a.txt', '--db', 'x.db'], /--db goes with --id/],
  ])('usage errors exit 2: %j', async (args, message) => {
    const { code, stderr } = await runCli(['check', ...args], { env: env(), cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('a missing or unreadable file is one line on stderr, exit 1', async () => {
    const { code, stderr } = await runCli(['check', join(dir, 'nope.xml')], { env: env() });
    expect(code).toBe(1);
    expect(stderr).toBe('slugline check: nope.xml: no such file\n');
  });
});
