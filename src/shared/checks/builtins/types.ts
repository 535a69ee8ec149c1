// What a built-in check is: a named, parameterised function over one field's text, with the
// named fixers it offers. Rules in a pack refer to checks by name (rules are data, checks are code).
import type { z } from 'zod';
import type { Subject } from '../subject';
import type { CheckContext, CheckField } from '../types';

/** One place a check flags: offsets into the field text, an optional fix and message variables. */
export interface Hit {
  start: number;
  end: number;
  /** The replacement for [start, end), or null when this particular hit has no safe fix. */
  fix?: string | null;
  /** Values the rule's message may use as {name}. */
  vars?: Record<string, string | number>;
}

export interface CheckEnv<P> {
  params: P;
  field: CheckField;
  index: number | undefined;
  subject: Subject;
  context: CheckContext;
}

export interface BuiltinCheck<P = unknown> {
  name: string;
  /** One line for the rules editor. */
  summary: string;
  params: z.ZodType<P>;
  /** Fixers a rule may name in `fix`; the first is what the check's hits carry. */
  fixers: readonly string[];
  /** Variables the check provides to messages (besides {match} and {fix}). */
  vars?: readonly string[];
  run(text: string, env: CheckEnv<P>): Hit[];
}

/** Helper so each check keeps its parameter type. */
export function defineCheck<P>(check: BuiltinCheck<P>): BuiltinCheck<P> {
  return check;
}

/** All matches of a (global) regular expression, for checks that are mostly one pattern. */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}
