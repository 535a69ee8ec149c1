// The Content-Security-Policy for the workstation UI, one string for Electron and the browser mode.
// Styles allow 'unsafe-inline' because React and Lexical set style attributes; scripts never do.

export function contentSecurityPolicy(options: { devServer?: string } = {}): string {
  const self = options.devServer ? `'self' ${options.devServer}` : "'self'";
  const connect = options.devServer ? `${self} ${options.devServer.replace(/^http/, 'ws')}` : self;
  return [
    "default-src 'none'",
    `script-src ${self}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data: blob:`,
    `font-src ${self}`,
    `connect-src ${connect}`,
    // The publish preview is a srcdoc iframe, which frame-src does not govern (it inherits this
    // policy instead). Nothing is ever framed by address: not the web (a link followed inside the
    // preview is refused), not the app's own pages.
    "frame-src 'none'",
    "child-src 'none'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers every browser-mode response carries. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
