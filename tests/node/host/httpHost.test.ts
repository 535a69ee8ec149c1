import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../../src/main/host/httpHost';
import { tempApp, type TempApp } from '../../support/tempApp';

let app: TempApp;
let host: HttpHost;
let origin: string;

beforeAll(async () => {
  app = await tempApp({ seedSamples: true });
  const rendererDir = join(app.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Slugline</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(app.dir, 'secret.txt'), 'do not serve');
  host = await startHttpHost({ registry: app.registry, events: app.events, rendererDir, token: 'test-token-1234' });
  origin = `http://127.0.0.1:${host.port}`;
});
afterAll(async () => {
  await host.close();
  app.cleanup();
});

function api(name: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer test-token-1234', Origin: origin, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('browser-mode host', () => {
  it('answers a valid call with the same handlers as the app', async () => {
    const res = await api('storyList', { limit: 10 });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { ok: boolean; value: { stories: unknown[] } };
    expect(json.ok).toBe(true);
    expect(json.value.stories).toHaveLength(3);
  });

  it('refuses calls without the token (401) before looking at the call name', async () => {
    for (const name of ['storyList', 'no-such-call']) {
      const res = await api(name, {}, { Authorization: '' });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'refused' } });
    }
    expect((await api('storyList', {}, { Authorization: 'Bearer wrong-token-0000' })).status).toBe(401);
  });

  it('refuses cross-origin calls (403) even with the token', async () => {
    for (const bad of ['http://evil.example', 'null', `http://localhost:${host.port + 1}`]) {
      expect((await api('storyList', {}, { Origin: bad })).status).toBe(403);
    }
  });

  it('refuses DNS-rebinding Host headers on every route', async () => {
    const { request } = await import('node:http');
    const status = (path: string, method: string, hostHeader: string) =>
      new Promise<number>((done, fail) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: host.port,
            path,
            method,
            headers: { Host: hostHeader, Authorization: 'Bearer test-token-1234', Origin: origin },
          },
          (res) => {
            res.resume();
            done(res.statusCode ?? 0);
          },
        );
        req.on('error', fail);
        req.end(method === 'POST' ? '{}' : undefined);
      });
    expect(await status('/api/storyList', 'POST', `rebind.attacker.example:${host.port}`)).toBe(403);
    expect(await status('/', 'GET', `attacker.example:${host.port}`)).toBe(403);
    expect(await status('/', 'GET', `localhost:${host.port}`)).toBe(200);
  });

  it('turns bad payloads into structured validation errors, never a crash', async () => {
    const notJson = await api('storyGet', '{not json');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
    const wrongType = await api('storyGet', { id: 'seven' });
    expect(wrongType.status).toBe(400);
    const body = (await wrongType.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/id/);
    expect((await api('storyGet', { id: 1, extra: true })).status).toBe(400);
    expect((await api('noSuchCall', {})).status).toBe(404);
    expect((await api('storyGet', { id: 999 })).status).toBe(404);
    // Still serving after all that.
    expect((await api('appInfo', {})).status).toBe(200);
  });

  it('serves the renderer with a CSP, and nothing outside its folder', async () => {
    const index = await fetch(`${origin}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${origin}/assets/app.js`)).status).toBe(200);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await fetch(`${origin}${path}`);
      expect(await res.text()).not.toContain('do not serve');
    }
  });

  it('pushes story changes to every connected tab as server-sent events', async () => {
    expect((await fetch(`${origin}/api/events`)).status).toBe(401);
    const controller = new AbortController();
    const res = await fetch(`${origin}/api/events?token=test-token-1234`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    await api('storyUpdate', { id: 1, version: 1, patch: { headline: 'Pushed' }, mode: 'autosave' });
    const { value } = await reader.read();
    const text = new TextDecoder().decode(value);
    expect(text).toContain('"type":"story-changed"');
    expect(text).toContain('"id":1');
    controller.abort();
  });
});
