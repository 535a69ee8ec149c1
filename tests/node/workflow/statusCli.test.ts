// `slugline status ID STATUS`: the desk's rules from the command line, with the real checks —
// findings on stderr and exit code 1 when the gate refuses.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentOf, paragraph, textRun } from '../../../src/shared/story/document';
import { runCli } from '../../support/cliRun';
import { tempApp, type TempApp } from '../../support/tempApp';

let app: TempApp;
let dbPath: string;
let clean: number;
let unfinished: number;

beforeEach(async () => {
  app = await tempApp();
  dbPath = join(app.dir, 'test.db');
  const body = (text: string) => documentOf([paragraph([textRun(text)])]);
  clean = (
    await app.repo.create(
      { status: 'copy', fields: { headline: 'Ferry timetable changes', body: body('The ferry will run every hour from Monday.') } },
      { author: 'Ana' },
    )
  ).id;
  unfinished = (
    await app.repo.create(
      { status: 'copy', fields: { headline: 'Budget vote', body: body('The council will spend TK on roads.') } },
      { author: 'Ana' },
    )
  ).id;
  await app.close();
});
afterEach(() => app.cleanup());

const status = (...args: string[]) => runCli(['status', ...args, '--db', dbPath], { env: { SLUGLINE_DATA_DIR: join(app.dir, 'data') } });

describe('slugline status', () => {
  it('moves a story and says so', async () => {
    const r = await status(String(clean), 'ready');
    expect(r).toMatchObject({ code: 0, stdout: `Story ${clean}: Copy desk → Ready\n`, stderr: '' });
    const json = await status(String(clean), 'published', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ id: clean, status: 'published' });
  });

  it('refuses Ready with the findings on stderr and exit code 1', async () => {
    const r = await status(String(unfinished), 'ready');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^slugline status: “Budget vote” cannot move to Ready: 1 error finding not waived \(Placeholder left in copy: “TK”\)\.\n/,
    );
    expect(r.stderr).toMatch(/\n {2}error {3}body \d+-\d+ +Placeholder left in copy: “TK” {2}\[placeholder\]\n/);
  });

  it('needs a reason to move back, and takes it with --reason', async () => {
    const refused = await status(String(clean), 'edit');
    expect(refused).toMatchObject({
      code: 1,
      stderr: 'slugline status: Moving a story back from Copy desk to In edit needs a note saying why.\n',
    });
    expect(await status(String(clean), 'edit', '--reason', 'Needs a second source')).toMatchObject({ code: 0 });
  });

  it('explains bad usage with exit code 2, and an unknown story with 1', async () => {
    expect(await status(String(clean), 'draft')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown status "draft" \(use one of: wire, edit, copy, ready, published, spiked\)/),
    });
    expect(await status(String(clean))).toMatchObject({ code: 2 });
    expect(await status('999', 'edit')).toMatchObject({ code: 1, stderr: 'slugline status: Story 999 does not exist.\n' });
  });
});
