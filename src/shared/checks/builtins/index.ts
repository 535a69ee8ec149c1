// The fixed set of built-in checks a rule may name, by name. Adding a check = adding it here.
import { unbalancedBrackets, unbalancedQuotes } from './balance';
import { monthAbbreviations, usStyle } from './abbreviations';
import { captionRepeatsHeadline, maxLength, required } from './completeness';
import { creditDictionary, rewriteCredit } from './credits';
import { mojibake } from './mojibake';
import { numerals, percent } from './numbers';
import { doubledSpaces, doubledWords } from './repetition';
import type { BuiltinCheck } from './types';
import { dashes, ellipsis, straightQuotes } from './typography';
import { datelineInLead } from './wire';

export type { BuiltinCheck, CheckEnv, Hit } from './types';

const all = [
  straightQuotes,
  dashes,
  ellipsis,
  doubledWords,
  doubledSpaces,
  unbalancedQuotes,
  unbalancedBrackets,
  numerals,
  percent,
  monthAbbreviations,
  usStyle,
  maxLength,
  required,
  captionRepeatsHeadline,
  creditDictionary,
  rewriteCredit,
  datelineInLead,
  mojibake,
] as BuiltinCheck<unknown>[];

export const BUILTIN_CHECKS: ReadonlyMap<string, BuiltinCheck<unknown>> = new Map(all.map((c) => [c.name, c]));
export const BUILTIN_CHECK_NAMES = all.map((c) => c.name) as [string, ...string[]];
