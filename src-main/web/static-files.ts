import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/csp';
import { contentTypeOf } from '../platform/content-type';

/** Serves the built renderer; paths never leave `root`, unknown paths fall back to index.html. */
export function serveStatic(root: string, pathname: string, res: ServerResponse): void {
  const decoded = safeDecode(pathname);
  const requested = decoded === null ? null : path.resolve(root, '.' + path.posix.normalize(decoded));
  const inside = requested !== null && (requested === root || requested.startsWith(root + path.sep));
  let file = inside && fs.existsSync(requested) && fs.statSync(requested).isFile() ? requested : path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`The renderer is not built (${root} has no index.html). Run "npm run build:renderer".`);
    return;
  }
  file = path.resolve(file);
  res.writeHead(200, {
    'content-type': contentTypeOf(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=3600',
  });
  fs.createReadStream(file).pipe(res);
}

function safeDecode(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
