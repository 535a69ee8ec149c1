// JSON input, safely: nesting depth is checked before JSON.parse (which recurses), syntax errors
// become a `malformed` refusal with line and column, and small typed readers for loose objects.
import { fail } from '../errors';
import { MAX_JSON_DEPTH } from '../limits';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

function maxDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) max = depth;
      if (max > MAX_JSON_DEPTH) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

function lineColumn(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

export function parseJson(text: string): Json {
  if (maxDepth(text) > MAX_JSON_DEPTH) fail('malformed', `malformed JSON: nested more than ${MAX_JSON_DEPTH} levels deep`);
  try {
    return JSON.parse(text) as Json;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    const where = pos
      ? ` at ${lineColumn(text, Number(pos[1]))}`
      : /end of (?:JSON|data) input|Unterminated/i.test(message)
        ? ' (the file ends too early: truncated?)'
        : '';
    // V8 quotes the input in some messages ("…, "{…}" is not valid JSON"): keep only the reason.
    const reason = message
      .replace(/,\s*"[\s\S]*" is not valid JSON$/, '')
      .replace(/ in JSON at position \d+[\s\S]*$/, '')
      .slice(0, 120);
    fail('malformed', `malformed JSON${where}: ${reason}`);
  }
}

export function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keys compared without case and underscores, so ninjs 1.x/2.x snake_case and 3.x camelCase read alike. */
const norm = (k: string): string => k.toLowerCase().replace(/[_-]/g, '');

export function get(obj: JsonObject | null | undefined, ...keys: string[]): Json | undefined {
  if (!obj) return undefined;
  for (const key of keys) if (key in obj) return obj[key];
  const wanted = keys.map(norm);
  for (const [k, v] of Object.entries(obj)) if (wanted.includes(norm(k))) return v;
  return undefined;
}

/** A string (numbers become strings); null for anything else or blank. */
export function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() ? v : null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

export function arr(v: Json | undefined): Json[] {
  return Array.isArray(v) ? v : [];
}

export function obj(v: Json | undefined): JsonObject | null {
  return isObject(v) ? v : null;
}
