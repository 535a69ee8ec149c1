import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempApp, type TempApp } from '../../../support/tempApp';
import { ninjsItem, PNG_BYTES } from '../../../support/wireFixtures';

let app: TempApp;
let folder: string;
beforeEach(async () => {
  app = await tempApp();
  folder = join(app.dir, 'incoming');
  mkdirSync(folder);
});
afterEach(() => app.cleanup());

async function until(check: () => boolean, ms = 5000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - start;
}

describe('watch folder', () => {
  it('imports new files within two seconds and moves them to processed/ or error/ with a reason', async () => {
    app.settings.update({ watchFolder: folder });
    await app.startBackgroundWork();
    expect(app.watch.status()).toMatchObject({ folder, active: true, error: null });
    writeFileSync(join(folder, 'ferry.json'), ninjsItem());
    writeFileSync(join(folder, 'photo.txt'), PNG_BYTES);
    const took = await until(() => existsSync(join(folder, 'processed', 'ferry.json')) && existsSync(join(folder, 'error', 'photo.txt')));
    expect(took).toBeLessThan(2000);
    expect(readFileSync(join(folder, 'error', 'photo.txt.reason.txt'), 'utf8')).toMatch(/photo\.txt: .*PNG/);
    expect(readdirSync(folder).sort()).toEqual(['error', 'processed']);
    expect((await app.repo.list({ status: ['wire'] })).total).toBe(1);
    expect(
      app.watch
        .status()
        .recent.map((r) => r.outcome)
        .sort(),
    ).toEqual(['imported', 'rejected']);
  });

  it('picks up files already waiting, and reports a folder that does not exist', async () => {
    writeFileSync(join(folder, 'waiting.json'), ninjsItem());
    await app.watch.configure(folder);
    await until(() => existsSync(join(folder, 'processed', 'waiting.json')));
    await app.watch.configure(join(app.dir, 'nope'));
    expect(app.watch.status()).toMatchObject({ active: false, error: expect.stringMatching(/does not exist/) });
    await app.watch.configure('');
    expect(app.watch.status()).toMatchObject({ active: false, error: null });
  });
});
