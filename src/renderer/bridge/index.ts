// The renderer's only way to main: `window.slugline` in Electron, loopback HTTP in a browser.
// Both answer a Result; this module turns it into typed values and CallFailure errors.
import type { CallRequest, CallResponse } from '../../shared/contract/calls';
import { appEventSchema, type AppEvent } from '../../shared/contract/events';
import type { CallName } from '../../shared/contract/names';
import type { CallError, Result } from '../../shared/contract/result';

type ElectronApi = Record<CallName, (request: unknown) => Promise<Result<unknown>>> & {
  onEvent(listener: (event: unknown) => void): () => void;
};

declare global {
  interface Window {
    slugline?: ElectronApi;
  }
}

export class CallFailure extends Error {
  readonly code: CallError['code'];
  readonly details: unknown;
  constructor(readonly error: CallError) {
    super(error.message);
    this.name = 'CallFailure';
    this.code = error.code;
    this.details = error.details;
  }
}

const TOKEN_KEY = 'slugline.token';

/** Browser mode: take the token from ?token=…, keep it for this tab, and drop it from the address bar. */
function sessionToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export const transport: 'electron' | 'http' = typeof window !== 'undefined' && window.slugline ? 'electron' : 'http';
const token = transport === 'http' && typeof window !== 'undefined' ? sessionToken() : '';

async function httpCall(name: CallName, request: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(request ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'unavailable', message: 'Cannot reach Slugline (is `slugline serve` still running?).' } };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `Unexpected answer from Slugline (HTTP ${response.status}).` } };
  }
}

/** Call main; resolves with the value or rejects with a CallFailure the UI can show. */
export async function call<N extends CallName>(name: N, request: CallRequest<N>): Promise<CallResponse<N>> {
  const result = transport === 'electron' ? await window.slugline![name](request) : await httpCall(name, request);
  if (!result.ok) throw new CallFailure(result.error);
  return result.value as CallResponse<N>;
}

/** Subscribe to main's events (story saved elsewhere, imports...). Returns an unsubscribe function. */
// Browser mode: one EventSource for the whole page, shared by every subscriber. A connection per
// subscriber would use up the browser's six connections to the host, and calls would then queue
// behind the event streams for ever.
const httpListeners = new Set<(raw: unknown) => void>();
let httpSource: EventSource | null = null;

function sharedEventSource(): void {
  if (httpSource) return;
  httpSource = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  httpSource.onmessage = (message) => {
    let raw: unknown;
    try {
      raw = JSON.parse(message.data as string);
    } catch {
      return; // ignore malformed events
    }
    for (const listener of [...httpListeners]) listener(raw);
  };
}

export function onAppEvent(listener: (event: AppEvent) => void): () => void {
  const deliver = (raw: unknown) => {
    const parsed = appEventSchema.safeParse(raw);
    if (parsed.success) listener(parsed.data);
  };
  if (transport === 'electron') return window.slugline!.onEvent(deliver);
  httpListeners.add(deliver);
  sharedEventSource();
  return () => {
    httpListeners.delete(deliver);
    if (httpListeners.size === 0 && httpSource) {
      httpSource.close();
      httpSource = null;
    }
  };
}

/** URL of an image in the media library, as this transport serves it. */
export function mediaUrl(mediaId: string): string {
  return transport === 'electron' ? `app://slugline/media/${mediaId}` : `/media/${mediaId}?token=${encodeURIComponent(token)}`;
}
