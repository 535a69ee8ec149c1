// `slugline parse`: --json prints exactly the ParsedWire, the summary names the fields, and a
// refused file is one stderr line naming it, exit code 1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWire } from '../../../../src/shared/ingest';
import { runCli } from '../../../support/cliRun';
import { fixtureDir, parseFile } from './support';

describe('slugline parse', () => {
  it('--json prints exactly the ParsedWire object', async () => {
    const file = join(fixtureDir, 'g2-message.xml');
    const result = await runCli(['parse', file, '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const expected = parseFile(file);
    expect(expected.ok && JSON.parse(result.stdout)).toEqual(expected.ok && expected.value);
  });

  it('prints a readable summary by default', async () => {
    const result = await runCli(['parse', join(fixtureDir, 'nitf-namespaced.xml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('nitf-namespaced.xml: NITF, utf-8, 1 item');
    expect(result.stdout).toMatch(/Headline {3}Harbour ferry returns after winter repairs/);
    expect(result.stdout).toMatch(/Byline {5}By Ada Lindqvist \(Transport Correspondent\)/);
    expect(result.stdout).toMatch(/Captions {3}1\n {4}1\. The ferry at the quay on Tuesday\. — Ian Ross \/ SLW/);
    expect(result.stdout).toMatch(/Advisory {3}EDS-NOTE/);
  });

  it('applies --typography', async () => {
    const result = await runCli(['parse', join(fixtureDir, 'anpa.tst'), '--json', '--typography']);
    expect(JSON.parse(result.stdout).items[0].body[1]).toBe(
      '\u201cWe were lucky,\u201d one of them said \u2014 and then he asked for tea.',
    );
  });

  it('refuses a bad file with one line naming it, exit 1', async () => {
    const result = await runCli(['parse', join(fixtureDir, 'hostile', 'dpa-0412.txt')]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'slugline parse: dpa-0412.txt: not a wire file (looks like a PNG image)\n' });
  });

  it('refuses a missing file and bad usage', async () => {
    expect(await runCli(['parse', join(fixtureDir, 'nope.xml')])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'slugline parse: nope.xml: no such file\n',
    });
    expect((await runCli(['parse'])).code).toBe(2);
    expect((await runCli(['parse', 'a', '--bogus'])).code).toBe(2);
  });

  it('resolves the file against the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slugline-parse-'));
    writeFileSync(join(dir, 'story.txt'), 'Headline here\n\nSome text of the story.\n');
    const result = await runCli(['parse', 'story.txt', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const direct = parseWire(new TextEncoder().encode('Headline here\n\nSome text of the story.\n'), 'story.txt');
    expect(direct.ok && JSON.parse(result.stdout)).toEqual(direct.ok && direct.value);
  });
});
