import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containedPath, isAllowedSenderUrl, isSafeExternalUrl } from '../../../src/main/security/urlRules';

describe('external links (shell.openExternal)', () => {
  it.each([
    ['https://example.com/story', true],
    ['http://example.com', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['file:///etc/passwd', false],
    ['smb://server/share', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['https://user:pass@example.com', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['vbscript:msgbox', false],
    ['not a url', false],
    ['https://exa\nmple.com', false],
  ])('%j safe: %s', (url, expected) => expect(isSafeExternalUrl(url)).toBe(expected));
});

describe('IPC sender frames', () => {
  it.each([
    ['app://slugline/index.html', undefined, true],
    ['app://slugline/', undefined, true],
    ['app://evil/index.html', undefined, false],
    ['https://example.com/', undefined, false],
    ['file:///tmp/x.html', undefined, false],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['http://localhost:5173/', undefined, false],
    ['about:blank', undefined, false],
    [undefined, undefined, false],
  ])('%j (dev %j) allowed: %s', (url, dev, expected) => expect(isAllowedSenderUrl(url, dev)).toBe(expected));
});

describe('path containment', () => {
  const root = resolve('/srv/renderer');
  it.each([
    ['index.html', join(root, 'index.html')],
    ['/assets/app.js', join(root, 'assets/app.js')],
    ['assets/../index.html', join(root, 'index.html')],
    ['../secret', null],
    ['/../../etc/passwd', null],
    ['%2e%2e/%2e%2e/etc/passwd', null],
    ['..%2fsecret', null],
    ['assets/..%5c..%5csecret', null],
    ['a\u0000b', null],
    ['%00', null],
    ['%E0%A4%A', null],
    ['', null],
    ['/', null],
  ])('%j → %j', (path, expected) => expect(containedPath(root, path)).toBe(expected));
});
