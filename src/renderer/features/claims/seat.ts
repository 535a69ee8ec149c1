// This window's seat: one id per window or tab, kept for the tab's life (a reload keeps it, so
// reloading never makes you "someone else" on your own story). Only ever compared by main.
// A duplicated tab copies sessionStorage, so tabs check with each other and a copy takes a new id.
const KEY = 'slugline.seat';

function fresh(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}${Math.random()}`;
  return `seat-${random.replace(/[^A-Za-z0-9]/g, '').slice(0, 24)}`;
}

let seat: string | null = null;

function remember(value: string): void {
  seat = value;
  try {
    sessionStorage.setItem(KEY, value);
  } catch {
    // private mode: the seat lives as long as the page
  }
}

function listen(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel('slugline.seats');
  const nonce = fresh();
  channel.onmessage = (event: MessageEvent<{ type: string; seat: string; nonce: string }>) => {
    const m = event.data;
    if (m.type === 'hello' && m.seat === seat && m.nonce !== nonce) channel.postMessage({ type: 'taken', seat: m.seat, nonce: m.nonce });
    if (m.type === 'taken' && m.nonce === nonce) remember(fresh());
  };
  channel.postMessage({ type: 'hello', seat, nonce });
}

export function mySeat(): string {
  if (seat) return seat;
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(KEY);
  } catch {
    stored = null;
  }
  remember(stored ?? fresh());
  listen();
  return seat!;
}
