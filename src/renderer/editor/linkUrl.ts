// Which addresses a story may link to: web pages (http, https) and e-mail (mailto). Anything else
// (javascript:, data:, file:, relative paths…) is refused with a sentence saying why.

export type LinkCheck = { ok: true; url: string } | { ok: false; error: string };

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

export function checkLinkUrl(raw: string): LinkCheck {
  const text = raw.trim();
  if (!text) return { ok: false, error: 'Enter an address, e.g. https://example.com/page.' };
  if (/[\u0000-\u001f\u007f\s]/.test(text)) return { ok: false, error: 'An address cannot contain spaces or control characters.' };
  let candidate = text;
  // "example.com/page" or "www.example.com": a web address without its scheme.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    if (/^[^@/]+@[^@/]+\.[a-z]{2,}$/i.test(text)) candidate = `mailto:${text}`;
    else if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#].*)?$/i.test(text)) candidate = `https://${text}`;
    else return { ok: false, error: 'Links must be full web addresses (https://…) or e-mail addresses (mailto:…).' };
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, error: 'That is not a valid address.' };
  }
  if (!ALLOWED.has(url.protocol)) {
    return { ok: false, error: `Links to "${url.protocol}" addresses are not allowed: use http, https or mailto.` };
  }
  if (url.protocol !== 'mailto:' && !url.hostname) return { ok: false, error: 'A web address needs a host name.' };
  if (url.username || url.password) return { ok: false, error: 'Addresses with a user name or password are not allowed.' };
  return { ok: true, url: url.protocol === 'mailto:' ? candidate : url.href };
}

/** For Lexical's LinkPlugin (pasted and typed links): true when the address is allowed as is. */
export function isAllowedLinkUrl(raw: string): boolean {
  const checked = checkLinkUrl(raw);
  return checked.ok && /^(https?|mailto):/i.test(raw.trim());
}
