// `slugline fix-text`: plain and --jsonl modes, through the command object with in-memory streams.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fixTextCommand } from '../../../../src/main/cli/commands/fix-text';
import type { CliIo } from '../../../../src/main/cli/io';

async function run(args: string[], input: string): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const io: CliIo = { stdin: Readable.from([Buffer.from(input)]), stdout, stderr: new PassThrough(), env: {}, cwd: '.' };
  const code = await fixTextCommand.run(args, io);
  return { code, out: Buffer.concat(chunks).toString('utf8') };
}

describe('fix-text', () => {
  it('repairs stdin without adding a newline', async () => {
    expect(await run([], 'crÃ¨me brÃ»lÃ©e')).toEqual({ code: 0, out: 'crème brûlée' });
    expect((await run([], 'line\n')).out).toBe('line\n');
  });
  it('batch mode answers each line in order, splitting on \\n only', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Ã©t\u2028Ã©' }),
      'not json',
      JSON.stringify({ id: 7, text: 'x\u0085y' }),
      '{"id": "z", "text": 5}',
    ].join('\n');
    const { out } = await run(['--jsonl'], `${input}\n`);
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { id: 'a', text: 'ét\u2028é' },
      { id: null, error: expect.stringContaining('not valid JSON') },
      { id: 7, text: 'x…y' },
      { id: 'z', error: 'missing "text" string' },
    ]);
  });
  it('applies typography with --typography', async () => {
    expect((await run(['--typography'], 'say "hi" -- now')).out).toBe('say “hi” — now');
  });
  it('refuses unknown options', async () => {
    await expect(run(['--nope'], '')).rejects.toThrow('unknown option');
  });
});
