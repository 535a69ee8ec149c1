// Line-level helpers for the teletype formats (IPTC 7901, ANPA-1312, AAP ZCZC): control
// characters, mixed line endings, and paragraphs made of indented or blank-line separated lines.
import type { DraftBlock } from '../draft';
import { isSignOff } from '../fields/ednotes';
import { isBlank } from '../fields/text';
import { groupToBlocks } from './shared';

export const SOH = '\u0001';
export const STX = '\u0002';
export const ETX = '\u0003';
export const EOT = '\u0004';

/** Split on CRLF, CR or LF alike (files mix them). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Remove control characters a line may carry (SYN, DC1–DC4, FF, DEL, US…), keeping TAB. */
export function stripControls(line: string): string {
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

const INDENT = /^(?:\t| {3,})/;

/**
 * Body lines → blocks. A blank line ends a paragraph; with `indentStarts`, an indented line
 * (TAB or 3+ spaces) starts a new one, so unwrapped AP lines and hard-wrapped Kyodo lines both work.
 * A sign-off on its own line ("==Kyodo") never joins the paragraph above it.
 */
export function teletypeBlocks(lines: string[], indentStarts: boolean): DraftBlock[] {
  const out: DraftBlock[] = [];
  let group: string[] = [];
  const flush = (): void => {
    out.push(...groupToBlocks(group));
    group = [];
  };
  for (const raw of lines) {
    const line = stripControls(raw);
    if (isBlank(line)) {
      flush();
      continue;
    }
    const signOff = isSignOff(line);
    if ((indentStarts && INDENT.test(line) && group.length) || signOff) flush();
    group.push(indentStarts ? line.trim() : line);
    if (signOff) flush();
  }
  flush();
  return out;
}
