// Parser for rule-pack regular expressions (the JavaScript syntax a user writes in a rule), into a
// small tree the linear-time matcher compiles. Syntax the matcher cannot run safely is refused here
// with a message for the person who wrote the rule.

export type AssertKind = 'bol' | 'eol' | 'wordb' | 'nwordb';

export type RegexNode =
  /** One character: a literal, an escape like \d or \p{L}, a class [...] or `.`; `source` is its text. */
  | { type: 'atom'; source: string }
  | { type: 'seq'; items: RegexNode[] }
  | { type: 'alt'; options: RegexNode[] }
  | { type: 'group'; capture: number | null; node: RegexNode }
  | { type: 'repeat'; node: RegexNode; min: number; max: number; greedy: boolean }
  | { type: 'assert'; kind: AssertKind }
  /** (?=…) (?!…) (?<=…) (?<!…): kept as source and run natively (its contents are bounded). */
  | { type: 'look'; source: string; node: RegexNode };

export interface ParsedPattern {
  node: RegexNode;
  /** Capturing groups, numbered as JavaScript numbers them. */
  groupCount: number;
  groupNames: Map<string, number>;
}

export class PatternError extends Error {}

/** Largest {n,m} bound accepted: each repeat is expanded into the program. */
export const MAX_REPEAT_BOUND = 1000;

export function parsePattern(source: string, unicode: boolean): ParsedPattern {
  let i = 0;
  let groupCount = 0;
  const groupNames = new Map<string, number>();

  const fail = (what: string): never => {
    throw new PatternError(`${what} (at character ${i + 1})`);
  };

  function parseAlt(): RegexNode {
    const options = [parseSeq()];
    while (source[i] === '|') {
      i++;
      options.push(parseSeq());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  function parseSeq(): RegexNode {
    const items: RegexNode[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(parseTerm());
    return items.length === 1 ? items[0]! : { type: 'seq', items };
  }

  function parseTerm(): RegexNode {
    const atom = parseAtom();
    const q = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})/.exec(source.slice(i, i + 24));
    if (!q) return atom;
    i += q[0].length;
    let min: number;
    let max: number;
    if (q[1] === '*') [min, max] = [0, Infinity];
    else if (q[1] === '+') [min, max] = [1, Infinity];
    else if (q[1] === '?') [min, max] = [0, 1];
    else {
      min = Number(q[2]);
      max = q[3] ? (q[4] ? Number(q[4]) : Infinity) : min;
    }
    if (min > MAX_REPEAT_BOUND || (max !== Infinity && max > MAX_REPEAT_BOUND))
      fail(`repeat counts above ${MAX_REPEAT_BOUND} are not allowed`);
    let greedy = true;
    if (source[i] === '?') {
      greedy = false;
      i++;
    }
    return { type: 'repeat', node: atom, min, max, greedy };
  }

  function parseGroup(): RegexNode {
    const start = i;
    i++; // (
    let kind: 'capture' | 'plain' | 'look' = 'capture';
    if (source.startsWith('?:', i)) {
      kind = 'plain';
      i += 2;
    } else if (source.startsWith('?=', i) || source.startsWith('?!', i)) {
      kind = 'look';
      i += 2;
    } else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) {
      kind = 'look';
      i += 3;
    } else if (source[i] === '?') {
      const named = /^\?<([\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*)>/u.exec(source.slice(i));
      if (!named) fail('unsupported group syntax');
      groupNames.set(named![1]!, groupCount + 1);
      i += named![0].length;
    }
    const capture = kind === 'capture' ? ++groupCount : null;
    const node = parseAlt();
    if (source[i] !== ')') fail('unclosed group');
    i++;
    if (kind === 'look') return { type: 'look', source: source.slice(start, i), node };
    return { type: 'group', capture, node };
  }

  function parseClass(): RegexNode {
    const start = i;
    let j = i + 1;
    if (source[j] === '^') j++;
    while (j < source.length && source[j] !== ']') {
      if (source[j] === '[' && !unicode) {
        j++;
        continue;
      }
      j += source[j] === '\\' ? 2 : 1;
    }
    if (j >= source.length) fail('unclosed character class');
    i = j + 1;
    return { type: 'atom', source: source.slice(start, i) };
  }

  function parseEscape(): RegexNode {
    const start = i;
    const c = source[i + 1];
    if (c === undefined) fail('pattern ends with a backslash');
    if (c === 'b' || c === 'B') {
      i += 2;
      return { type: 'assert', kind: c === 'b' ? 'wordb' : 'nwordb' };
    }
    if (/[1-9]/.test(c!)) fail('backreferences like \\1 are not supported (they can take exponential time)');
    if (c === 'k' && (unicode || source.includes('(?<'))) fail('named backreferences like \\k<name> are not supported');
    if (c === '0' && /[0-9]/.test(source[i + 2] ?? '')) fail('octal escapes are not supported');
    let len = 2;
    if ((c === 'p' || c === 'P') && unicode) {
      const close = source.indexOf('}', i);
      if (close < 0) fail('unclosed \\p{…}');
      len = close - i + 1;
    } else if (c === 'u') {
      if (unicode && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        if (close < 0) fail('unclosed \\u{…}');
        len = close - i + 1;
      } else if (/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        len = 6;
        // A surrogate pair written as two \u escapes is one character under the u flag.
        if (unicode && /^\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}$/.test(source.slice(i, i + 12))) len = 12;
      }
    } else if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) len = 4;
    else if (c === 'c' && /^[a-zA-Z]$/.test(source[i + 2] ?? '')) len = 3;
    else if (unicode || (c!.charCodeAt(0) & 0xfc00) !== 0xd800) len = 1 + String.fromCodePoint(c!.codePointAt(0)!).length;
    i += len;
    return { type: 'atom', source: source.slice(start, i) };
  }

  function parseAtom(): RegexNode {
    const c = source[i]!;
    switch (c) {
      case '^':
        i++;
        return { type: 'assert', kind: 'bol' };
      case '$':
        i++;
        return { type: 'assert', kind: 'eol' };
      case '(':
        return parseGroup();
      case '[':
        return parseClass();
      case '\\':
        return parseEscape();
      case '*':
      case '+':
      case '?':
        return fail('nothing to repeat');
      default: {
        const width = unicode ? String.fromCodePoint(source.codePointAt(i)!).length : 1;
        const atom = source.slice(i, i + width);
        i += width;
        return { type: 'atom', source: atom };
      }
    }
  }

  const node = parseAlt();
  if (i < source.length) fail('unmatched ")"');
  return { node, groupCount, groupNames };
}
