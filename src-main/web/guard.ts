import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The web host's two defences against other local pages and processes: DNS-rebinding (the Host
 * and Origin must name this server exactly) and a per-launch token on every API request.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function checkHostAndOrigin(req: IncomingMessage, port: number): string | null {
  const hosts = allowedHosts(port);
  const host = req.headers.host;
  if (!host || !hosts.has(host)) return `foreign Host header "${host ?? ''}"`;
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) return `foreign Origin "${origin}"`;
  return null;
}

/** The token from `Authorization: Bearer <t>`, or from `?token=` (EventSource cannot set headers). */
export function tokenOf(req: IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length);
  return url.searchParams.get('token');
}

export function tokensEqual(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}
