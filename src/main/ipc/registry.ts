// The one registry every call goes through, whatever the transport (Electron IPC, loopback HTTP,
// tests): unknown names and bad payloads are refused with a structured error before any handler runs.
import { z } from 'zod';
import { contract, type CallRequest, type CallResponse } from '../../shared/contract/calls';
import { CALL_NAMES, type CallName } from '../../shared/contract/names';
import { AppError, fail, type Result } from '../../shared/contract/result';

export interface CallContext {
  /** Which transport the call came over; handlers rarely care. */
  transport: 'electron' | 'http' | 'test';
}

export type Handler<N extends CallName> = (
  request: z.output<(typeof contract)[N]['request']>,
  ctx: CallContext,
) => Promise<CallResponse<N>> | CallResponse<N>;
export type Handlers = { [N in CallName]: Handler<N> };

export interface Registry {
  names: readonly CallName[];
  has(name: string): name is CallName;
  invoke(name: string, payload: unknown, ctx: CallContext): Promise<Result<unknown>>;
}

export interface RegistryOptions {
  /** Also validate responses (tests and development): a handler returning the wrong shape is a bug. */
  checkResponses?: boolean;
  onInternalError?: (name: string, err: unknown) => void;
  /** Turn infrastructure failures (disk full, read-only…) into errors a person can act on. */
  mapError?: (err: unknown) => AppError | null;
}

function issuesMessage(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'request'}: ${issue.message}`)
    .join('; ');
}

export function createRegistry(handlers: Handlers, options: RegistryOptions = {}): Registry {
  const names = CALL_NAMES;
  const has = (name: string): name is CallName => Object.prototype.hasOwnProperty.call(contract, name);
  return {
    names,
    has,
    async invoke(name, payload, ctx) {
      if (!has(name)) return fail('unknown-call', `There is no call named "${String(name).slice(0, 80)}".`);
      const spec = contract[name];
      const parsed = spec.request.safeParse(payload === undefined ? {} : payload);
      if (!parsed.success) {
        return fail('validation', `${name}: ${issuesMessage(parsed.error)}`, { issues: parsed.error.issues.slice(0, 20) });
      }
      try {
        const handler = handlers[name] as (req: unknown, ctx: CallContext) => Promise<unknown> | unknown;
        const value = await handler(parsed.data, ctx);
        if (options.checkResponses) {
          const checked = spec.response.safeParse(value);
          if (!checked.success) {
            return fail('internal', `${name} returned a malformed response: ${issuesMessage(checked.error)}`);
          }
        }
        return { ok: true, value };
      } catch (err) {
        if (err instanceof AppError) return fail(err.code, err.message, err.details);
        const mapped = options.mapError?.(err);
        if (mapped) return fail(mapped.code, mapped.message, mapped.details);
        options.onInternalError?.(name, err);
        return fail('internal', `${name} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
  };
}

/** Typed in-process call, for tests and the CLI. Throws the AppError on failure. */
export async function callOrThrow<N extends CallName>(registry: Registry, name: N, request: CallRequest<N>): Promise<CallResponse<N>> {
  const result = await registry.invoke(name, request, { transport: 'test' });
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value as CallResponse<N>;
}
