// Text repair: undo mojibake and strip stray control/invisible characters, reporting every change.
// PLACEHOLDER API while the repair engine is being written (same signatures, NFC only).
import type { TextRepair } from '../types';

export interface RepairResult {
  text: string;
  repairs: TextRepair[];
}

export interface RepairOptions {
  /** Also apply typographic normalisation (quotes, dashes, ellipsis, spaces) after repair. */
  typography?: boolean;
}

export function repairText(input: string, _options: RepairOptions = {}): RepairResult {
  const text = input.normalize('NFC');
  return { text, repairs: text === input ? [] : [{ rule: 'nfc', start: 0, end: text.length, from: input, to: text }] };
}

export function normalizeTypography(input: string): RepairResult {
  return { text: input, repairs: [] };
}
