// Single-line fields: whatever is pasted arrives as one line of repaired text.
import { describe, expect, it } from 'vitest';
import { singleLineText } from '../../../src/renderer/editor/plugins/SingleLinePlugin';
import { checkLinkUrl, isAllowedLinkUrl } from '../../../src/renderer/editor/linkUrl';

describe('singleLineText', () => {
  it('turns line breaks and tabs into single spaces', () => {
    expect(singleLineText('Ferry crew\r\nrescued\n\n  off Port Ellen\tat dawn')).toBe('Ferry crew rescued off Port Ellen at dawn');
    expect(singleLineText('one\u2028two')).toBe('one two');
  });
  it('repairs mojibake on the way in', () => {
    expect(singleLineText('CafÃ© owners welcome tram')).toBe('Café owners welcome tram');
  });
});

describe('link addresses', () => {
  it.each([
    ['https://example.com/report?id=1', 'https://example.com/report?id=1'],
    ['http://example.com', 'http://example.com/'],
    ['example.com/page', 'https://example.com/page'],
    ['www.example.org', 'https://www.example.org/'],
    ['desk@example.com', 'mailto:desk@example.com'],
    ['mailto:desk@example.com', 'mailto:desk@example.com'],
  ])('%s is allowed as %s', (raw, url) => {
    expect(checkLinkUrl(raw)).toEqual({ ok: true, url });
  });

  it.each([
    ['javascript:alert(1)', /not allowed/],
    ['data:text/html,<script>', /not allowed/],
    ['file:///etc/passwd', /not allowed/],
    ['ftp://example.com', /not allowed/],
    ['https://user:pw@example.com', /user name or password/],
    ['/relative/path', /full web addresses/],
    ['', /Enter an address/],
    ['https://exa mple.com', /spaces/],
  ])('%s is refused with a reason', (raw, reason) => {
    const checked = checkLinkUrl(raw);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(reason);
  });

  it('pasted and typed links need their scheme to pass the editor', () => {
    expect(isAllowedLinkUrl('https://example.com')).toBe(true);
    expect(isAllowedLinkUrl('example.com')).toBe(false);
    expect(isAllowedLinkUrl('javascript:alert(1)')).toBe(false);
  });
});
