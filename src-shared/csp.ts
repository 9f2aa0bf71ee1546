/**
 * The one Content-Security-Policy of the renderer, on both hosts. Strict: only this origin's
 * scripts, no eval, no remote anything. Monaco needs inline styles (monaco-editor #4927) and
 * same-origin workers; the API is same-origin too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
