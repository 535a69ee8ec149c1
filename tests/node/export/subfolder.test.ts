// The one rule for the export subfolder a person types: one plain name, never a path, a device
// name or a trick of Unicode. The contract applies it in both processes; this is its table.
import { describe, expect, it } from 'vitest';
import { contract, subfolderProblem } from '../../../src/shared/contract/calls';

const HOSTILE: Array<[name: string, why: string]> = [
  ['', 'empty'],
  ['..', 'parent folder'],
  ['.', 'this folder'],
  ['../etc', 'traversal'],
  ['..\\windows', 'traversal with a backslash'],
  ['a/b', 'two segments'],
  ['a\\b', 'Windows separator'],
  ['/etc', 'absolute POSIX path'],
  ['C:\\temp', 'drive path'],
  ['C:', 'drive letter'],
  ['\\\\server\\share', 'UNC path'],
  ['.ssh', 'hidden folder'],
  ['...', 'dots only'],
  ['name.', 'trailing dot (Windows drops it)'],
  ['name ', 'trailing space'],
  [' name', 'leading space'],
  ['CON', 'Windows device'],
  ['con', 'Windows device, lower case'],
  ['nul.txt', 'device with an extension'],
  ['COM1', 'serial port'],
  ['lpt9', 'printer port'],
  ['COM¹', 'superscript device name'],
  ['CONIN$', 'console device'],
  ['a\u0000b', 'NUL byte'],
  ['a\nb', 'newline'],
  ['a\tb', 'tab'],
  ['a\u202eb', 'right-to-left override'],
  ['a\u200bb', 'zero-width space'],
  ['a:b', 'colon (alternate data stream)'],
  ['a*b', 'wildcard'],
  ['a?b', 'wildcard'],
  ['a"b', 'quote'],
  ['a<b>', 'angle brackets'],
  ['a|b', 'pipe'],
  ['%2e%2e', 'percent-encoded dots'],
  ['~', 'home shorthand'],
  ['$HOME', 'shell variable'],
  ['a／b', 'fullwidth solidus'],
  ['a∕b', 'division slash'],
  ['e\u0301', 'not NFC (decomposed accent)'],
  ['x'.repeat(65), 'too long'],
  ['-', 'lone hyphen'],
];

const FINE = ['sport', 'Late edition', 'wire-2026-04-12', 'Élections (2e tour)', 'तस्वीरें', '東京', 'A', 'v1.2', 'batch_3', 'x'.repeat(64)];

describe('export subfolder names', () => {
  it.each(HOSTILE)('refuses %j (%s)', (name) => {
    expect(subfolderProblem(name)).not.toBeNull();
    expect(contract.exportStory.request.safeParse({ id: 1, format: 'single', subfolder: name }).success).toBe(false);
  });

  it.each(FINE)('accepts %j', (name) => {
    expect(subfolderProblem(name)).toBeNull();
    expect(
      contract.exportBatch.request.safeParse({
        jobId: 'job-123',
        scope: { kind: 'ready' },
        format: 'folder',
        subfolder: name,
        markPublished: false,
      }).success,
    ).toBe(true);
  });

  it('says what is wrong in words the person can act on', () => {
    expect(subfolderProblem('a/b')).toBe('One folder name, not a path: leave out / and \\.');
    expect(subfolderProblem('CON')).toBe('“CON” is a device name on Windows; choose another.');
    expect(subfolderProblem('.git')).toBe('A folder name cannot start with a dot.');
  });
});
