// Errors are values at the boundary: every call answers {ok: true, value} or {ok: false, error}.
import { z } from 'zod';

export const ERROR_CODES = [
  'validation',
  'unknown-call',
  'not-found',
  'conflict',
  'refused',
  'bad-input',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const callErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  /** A sentence for the person who will read it. */
  message: z.string(),
  /** Machine-readable extras (validation issues, the newer story on a conflict, findings...). */
  details: z.unknown().optional(),
});
export type CallError = z.infer<typeof callErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** Thrown by handlers and services; the registry turns it into `{ok: false, error}`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: unknown): { ok: false; error: CallError } {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}
