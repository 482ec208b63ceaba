/** Settings that decide what other sites may do with these pages. */
export interface SecurityOptions {
  /** Origins allowed to frame the pages (`WEB_FRAME_ANCESTORS`); empty: none may. */
  frameAncestors: readonly string[];
}

/**
 * Headers on every response. The CSP allows only same-origin files: no inline script or style, no
 * other host's fonts, scripts or trackers, forms that submit only here. The API sends the same,
 * which a JSON reader ignores.
 */
export function securityHeaders(options: SecurityOptions): Record<string, string> {
  const frames = options.frameAncestors.length > 0 ? options.frameAncestors.join(' ') : "'none'";
  return {
    'content-security-policy': [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self'",
      "connect-src 'self'",
      "form-action 'self'",
      "base-uri 'none'",
      `frame-ancestors ${frames}`,
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    // Older browsers that ignore frame-ancestors: deny unless some origin may frame the page.
    ...(options.frameAncestors.length === 0 ? { 'x-frame-options': 'DENY' } : {}),
  };
}
