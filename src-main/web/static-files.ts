import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/csp';
import { contentTypeOf } from '../platform/content-type';
import { fileInside } from '../platform/file-inside';

/** Serves the built renderer; paths never leave `root`, unknown paths fall back to index.html. */
export function serveStatic(root: string, pathname: string, res: ServerResponse): void {
  const decoded = safeDecode(pathname);
  const requested = decoded === null ? null : fileInside(root, decoded);
  const file = requested !== null && isFile(requested) ? requested : path.join(root, 'index.html');
  if (!isFile(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`The renderer is not built (${root} has no index.html). Run "npm run build:renderer".`);
    return;
  }
  // The folder can change under a running host (a rebuild swaps it in): a file that vanishes or
  // fails to read ends this response, never the process (an unhandled stream error would).
  const stream = fs.createReadStream(file);
  stream.once('error', (error) => {
    if (res.headersSent) return res.destroy();
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Could not read ${path.basename(file)}: ${error.message}`);
  });
  stream.once('open', () => {
    res.writeHead(200, {
      'content-type': contentTypeOf(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=3600',
    });
    // pipeline, unlike pipe, closes the file when the client goes away mid-response
    pipeline(stream, res, () => {});
  });
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function safeDecode(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
