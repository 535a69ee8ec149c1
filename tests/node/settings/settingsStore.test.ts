// Preferences are read on every desk call: the store keeps one validated object while the file is
// unchanged, and still sees every change — its own, and another process's write to the same file.
import { mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { confSettings } from '../../../src/main/settings/confSettings';
import { fileStamp } from '../../../src/main/settings/fileStamp';
import { memorySettings, settingsOver } from '../../../src/main/settings/settingsStore';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'slugline-settings-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('settings store', () => {
  it('hands out the same frozen preferences while nothing changed', () => {
    const settings = confSettings(scratch());
    const first = settings.get();
    expect(settings.get()).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.targets)).toBe(true);
    expect(() => {
      (first.targets as { headlineChars: number }).headlineChars = 5;
    }).toThrow(TypeError);
  });

  it('sees its own update at once', () => {
    const settings = confSettings(scratch());
    const before = settings.get();
    settings.update({ userName: 'Mara Oduya' });
    expect(settings.get()).not.toBe(before);
    expect(settings.get().userName).toBe('Mara Oduya');
  });

  it('sees a write by another process (another store on the same file)', () => {
    const dir = scratch();
    const desk = confSettings(dir);
    expect(desk.get().targets.headlineChars).toBe(70);
    confSettings(dir).update({ targets: { headlineChars: 64, deckChars: 160, captionChars: 300 } });
    expect(desk.get().targets.headlineChars).toBe(64);
  });

  it('sees the file replaced by hand, even with the same size and an old time', () => {
    const dir = scratch();
    const settings = confSettings(dir);
    settings.update({ userName: 'Ana' });
    const path = join(dir, 'preferences.json');
    const stamp = fileStamp(path);
    expect(settings.get().userName).toBe('Ana');
    // Written the way the libraries write it (a new file renamed into place), same size, old time.
    writeFileSync(`${path}.tmp`, readFileSync(path, 'utf8').replace('Ana', 'Bob'));
    utimesSync(`${path}.tmp`, new Date(0), new Date(0));
    renameSync(`${path}.tmp`, path);
    expect(fileStamp(path)).not.toBe(stamp);
    expect(settings.get().userName).toBe('Bob');
  });

  it('reads every time when the file version cannot be told', () => {
    let stored: unknown = { userName: 'First' };
    const settings = settingsOver({ get: () => stored, set: (_k, v) => (stored = v), stamp: () => null });
    expect(settings.get().userName).toBe('First');
    stored = { userName: 'Second' };
    expect(settings.get().userName).toBe('Second');
  });

  it('memory settings change only through update', () => {
    const settings = memorySettings({ userName: 'One' });
    const first = settings.get();
    expect(settings.get()).toBe(first);
    settings.update({ userName: 'Two' });
    expect(settings.get().userName).toBe('Two');
  });
});
