import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/csp';
import { contentTypeOf } from '../platform/content-type';
import { fileInside } from '../platform/file-inside';

/**
 * The renderer is served from `app://studio/…`, a privileged standard scheme, not `file://`:
 * pages on `file://` cannot start Monaco's web workers (Monaco README FAQ) and get no real
 * origin for the CSP and the IPC sender check.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'studio';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Custom schemes have an opaque WHATWG origin ("null"), so compare scheme and host instead. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Must run before `app` is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * The file under `rendererDir` a request asks for, or null when the URL is not the app's or
 * would leave the folder. Paths without a file fall back to index.html (client-side routes).
 */
export function rendererFileFor(rendererDir: string, requestUrl: string): { file: string; fallback: boolean } | null {
  if (!isAppUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  const root = path.resolve(rendererDir);
  const file = fileInside(root, pathname);
  if (file === null) return null;
  if (file === root || pathname.endsWith('/')) return { file: path.join(root, 'index.html'), fallback: false };
  return { file, fallback: path.extname(file) === '' };
}

/** The response for one `app://` request: the file with the CSP as a header, or a plain error. */
export async function rendererResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const target = rendererFileFor(rendererDir, requestUrl);
  if (target === null) return new Response('Forbidden', { status: 403 });
  let file = target.file;
  let body: Buffer;
  try {
    body = await fs.readFile(file);
  } catch {
    if (!target.fallback) {
      const missingRenderer = path.basename(file) === 'index.html';
      const message = missingRenderer ? `The renderer is not built (${rendererDir}). Run "npm run build:desktop".` : 'Not found';
      return new Response(message, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    file = path.join(path.resolve(rendererDir), 'index.html');
    try {
      body = await fs.readFile(file);
    } catch {
      return new Response('Not found', { status: 404 });
    }
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'content-type': contentTypeOf(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
  });
}

/** Must run after `app` is ready. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url));
}
