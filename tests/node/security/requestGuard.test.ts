import { describe, expect, it } from 'vitest';
import { bearerToken, isAllowedHost, isAllowedOrigin, isValidToken } from '../../../src/main/host/requestGuard';

const PORT = 4870;

describe('browser-mode request guard', () => {
  it.each([
    ['127.0.0.1:4870', true],
    ['localhost:4870', true],
    ['[::1]:4870', true],
    ['LOCALHOST:4870', true],
    ['127.0.0.1:4871', false],
    ['127.0.0.1', false],
    ['evil.example:4870', false],
    ['127.0.0.1.evil.example:4870', false],
    ['localhost.evil.example:4870', false],
    ['attacker.com', false],
    ['0.0.0.0:4870', false],
    ['192.168.1.10:4870', false],
    ['', false],
    [undefined, false],
    ['127.0.0.1:4870@evil.com', false],
    ['127.0.0.1:4870 evil', false],
  ])('Host %j allowed: %s (DNS rebinding sends a foreign name)', (host, expected) => {
    expect(isAllowedHost(host, PORT)).toBe(expected);
  });

  it.each([
    ['http://127.0.0.1:4870', true],
    ['http://localhost:4870', true],
    ['https://127.0.0.1:4870', false],
    ['http://127.0.0.1:4871', false],
    ['http://evil.example:4870', false],
    ['http://127.0.0.1:4870/', false],
    ['null', false],
    ['', false],
    [undefined, false],
    ['http://127.0.0.1:4870.evil.com', false],
    ['file://', false],
  ])('Origin %j allowed: %s', (origin, expected) => {
    expect(isAllowedOrigin(origin, PORT)).toBe(expected);
  });

  it('compares tokens exactly', () => {
    expect(isValidToken('abc12345', 'abc12345')).toBe(true);
    expect(isValidToken('abc1234', 'abc12345')).toBe(false);
    expect(isValidToken('ABC12345', 'abc12345')).toBe(false);
    expect(isValidToken('', 'abc12345')).toBe(false);
    expect(isValidToken(null, 'abc12345')).toBe(false);
    expect(isValidToken('abc12345', '')).toBe(false);
  });

  it('reads bearer tokens', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer   abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
